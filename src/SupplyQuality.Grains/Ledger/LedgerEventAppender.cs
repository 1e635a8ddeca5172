using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Ledger;

/// <summary>Relation events appended through a ledger's block writer, one JSON line each.</summary>
internal sealed class LedgerEventAppender(ILedgerBlockWriter writer) : ILedgerAppender
{
    public Task AppendAsync(IReadOnlyList<RelationEvent> events, CancellationToken cancellationToken) =>
        writer.AppendAsync(LedgerSerializer.Serialize(events), cancellationToken);
}
