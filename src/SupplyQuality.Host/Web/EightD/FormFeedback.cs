using System.Collections.Immutable;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Host.Web.Forms;

namespace SupplyQuality.Host.Web.EightD;

/// <summary>
/// What the 8D form shows beside its fields: the domain's messages of the last save or submit, and the 8D checker's
/// hints for the content as it stands. Fields are named by the partner API's paths (<c>team.members[1].name</c>), as
/// both the domain's violations and the checker's hints name them. Cascaded by the form to its field components, which
/// note the fields they show (<see cref="Shown"/>) so the form can list the rest in a summary.
/// </summary>
public sealed class FormFeedback(FieldMessages messages, ImmutableArray<EightDHint> hints, ISet<string> shown)
{
    public static FormFeedback None { get; } = new(FieldMessages.None, [], new HashSet<string>(StringComparer.Ordinal));

    public FieldMessages Messages { get; } = messages;

    public ImmutableArray<EightDHint> Hints { get; } = hints;

    /// <summary>Fields that have a place in the form (their messages and hints are shown beside them).</summary>
    public ISet<string> Shown { get; } = shown;

    public IReadOnlyList<EightDHint> HintsFor(string field) => [.. Hints.Where(h => string.Equals(h.Field, field, StringComparison.Ordinal))];

    /// <summary>For the input's <c>aria-describedby</c>: its message and its hints, or null when it has neither.</summary>
    public string? DescribedBy(string field)
    {
        string?[] ids = [Messages.DescribedBy(field), HintsFor(field).Count > 0 ? HintsId(field) : null];
        var present = ids.Where(id => id is not null).ToList();
        return present.Count == 0 ? null : string.Join(' ', present);
    }

    /// <summary>The input's id for a field path.</summary>
    public static string InputId(string field) => "f-" + Safe(field);

    /// <summary>The id (and test id) of the list of hints beside a field.</summary>
    public static string HintsId(string field) => "hints-" + Safe(field);

    private static string Safe(string field) => string.Concat(field.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}
