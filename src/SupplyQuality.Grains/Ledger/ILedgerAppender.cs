using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Ledger;

/// <summary>Appends to one ledger after the position it was opened at.</summary>
public interface ILedgerAppender
{
    /// <summary>Appends events in order; when the task completes they are durable.</summary>
    Task AppendAsync(IReadOnlyList<RelationEvent> events, CancellationToken cancellationToken);
}
