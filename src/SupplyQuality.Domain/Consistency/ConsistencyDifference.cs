using Orleans;

namespace SupplyQuality.Domain.Consistency;

/// <summary>
/// One place where an aggregate disagrees with the records it is computed from.
/// <paramref name="Relation"/> is "oem/supplier"; <paramref name="Rule"/> says which comparison failed
/// (see <see cref="ConsistencyRules"/>); <paramref name="Subject"/> names the record or figure.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.ConsistencyDifference")]
public sealed record ConsistencyDifference(string Relation, string Rule, string Subject, string Expected, string Actual);
