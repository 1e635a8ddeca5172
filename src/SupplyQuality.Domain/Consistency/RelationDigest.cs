using System.Collections.Immutable;
using System.Globalization;
using Orleans;
using SupplyQuality.Domain.Escalations;

namespace SupplyQuality.Domain.Consistency;

/// <summary>
/// What a relation aggregate holds, reduced to what can be compared: its figures as canonical text, and which
/// version of each record it has. Two aggregates built from the same ledger have equal digests.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.RelationDigest")]
public sealed record RelationDigest(
    string OemId,
    string SupplierId,
    long Version,
    string Totals,
    ImmutableSortedDictionary<string, string> PartTotals,
    int Receipts,
    ImmutableSortedDictionary<string, int> NonconformanceVersions,
    ImmutableSortedDictionary<string, int> EightDVersions,
    EscalationLevel Escalation)
{
    public string Relation => $"{OemId}/{SupplierId}";

    /// <summary>Every field where <paramref name="actual"/> differs from this (the expected digest).</summary>
    public IReadOnlyList<ConsistencyDifference> Differences(RelationDigest actual, string rule)
    {
        var found = new List<ConsistencyDifference>();
        void Check<T>(string subject, T expected, T actualValue)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actualValue))
            {
                found.Add(new ConsistencyDifference(Relation, rule, subject, Text(expected), Text(actualValue)));
            }
        }

        Check("version", Version, actual.Version);
        Check("totals", Totals, actual.Totals);
        Check("receipts", Receipts, actual.Receipts);
        Check("escalation", Escalation, actual.Escalation);
        Compare(found, rule, "part", PartTotals, actual.PartTotals);
        Compare(found, rule, "nonconformance", NonconformanceVersions, actual.NonconformanceVersions);
        Compare(found, rule, "8d", EightDVersions, actual.EightDVersions);
        return found;
    }

    private void Compare<T>(List<ConsistencyDifference> found, string rule, string kind, ImmutableSortedDictionary<string, T> expected, ImmutableSortedDictionary<string, T> actual)
    {
        foreach (var key in expected.Keys.Union(actual.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            bool inExpected = expected.TryGetValue(key, out var e);
            bool inActual = actual.TryGetValue(key, out var a);
            if (inExpected != inActual || !EqualityComparer<T>.Default.Equals(e, a))
            {
                found.Add(new ConsistencyDifference(Relation, rule, $"{kind} {key}", inExpected ? Text(e) : "(none)", inActual ? Text(a) : "(none)"));
            }
        }
    }

    private static string Text<T>(T value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
