using Orleans;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>
/// A nonconformance report as it stands now. Changes return a new version; <see cref="Version"/>
/// counts them, so aggregates can tell a newer record from a replayed older one.
/// </summary>
[GenerateSerializer, Immutable, Alias("sq.Nonconformance")]
public sealed record Nonconformance(
    string Id,
    NonconformanceDetails Details,
    NonconformanceStatus Status,
    string EightDId,
    DateTimeOffset RaisedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static Nonconformance Raise(string id, NonconformanceDetails details, DateTimeOffset now)
    {
        details.Validate(now);
        return new Nonconformance(id, details, NonconformanceStatus.Open, string.Empty, now, now, 1);
    }

    public bool IsClosed => Status == NonconformanceStatus.Closed;

    /// <summary>Attaches the NCR to an 8D. An NCR belongs to at most one 8D, and a closed NCR to none new.</summary>
    public Nonconformance AssignToEightD(string eightDId, DateTimeOffset now)
    {
        if (EightDId == eightDId)
        {
            return this;
        }

        if (EightDId.Length > 0)
        {
            throw new WorkflowRuleException("ncr.single_8d", $"nonconformance {Id} already belongs to 8D {EightDId}");
        }

        if (IsClosed)
        {
            throw new WorkflowRuleException("ncr.closed", $"nonconformance {Id} is closed");
        }

        return this with { EightDId = eightDId, UpdatedAt = now, Version = Version + 1 };
    }

    /// <summary>Undoes <see cref="AssignToEightD"/> when the 8D could not be stored.</summary>
    public Nonconformance ReleaseFromEightD(string eightDId, DateTimeOffset now) =>
        EightDId == eightDId ? this with { EightDId = string.Empty, UpdatedAt = now, Version = Version + 1 } : this;

    /// <summary>Containment approved: Open becomes Contained. Later states are kept.</summary>
    public Nonconformance MarkContained(DateTimeOffset now) =>
        Status == NonconformanceStatus.Open
            ? this with { Status = NonconformanceStatus.Contained, UpdatedAt = now, Version = Version + 1 }
            : this;

    public Nonconformance Close(DateTimeOffset now) =>
        IsClosed ? this : this with { Status = NonconformanceStatus.Closed, UpdatedAt = now, Version = Version + 1 };
}
