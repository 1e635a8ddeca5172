using System.Threading.Channels;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Risk;

/// <summary>An in-process subscription to an OEM's scorecard changes (for one supplier if set), e.g. a WatchRisk stream.</summary>
public sealed class RiskWatch : IDisposable
{
    /// <summary>Updates waiting for a slow reader; beyond this the oldest are dropped (the reader re-reads a snapshot when it falls behind).</summary>
    public const int Capacity = 10_000;

    private readonly Action<RiskWatch> _onDispose;
    private readonly Channel<V1.SupplierScorecard> _channel = Channel.CreateBounded<V1.SupplierScorecard>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    internal RiskWatch(string oemId, string supplierId, Action<RiskWatch> onDispose)
    {
        OemId = oemId;
        SupplierId = supplierId;
        _onDispose = onDispose;
    }

    public string OemId { get; }

    public string SupplierId { get; }

    public ChannelReader<V1.SupplierScorecard> Updates => _channel.Reader;

    internal bool Wants(V1.SupplierScorecard card) =>
        card.OemId == OemId && (SupplierId.Length == 0 || card.SupplierId == SupplierId);

    internal void Offer(V1.SupplierScorecard card) => _channel.Writer.TryWrite(card);

    public void Dispose()
    {
        _channel.Writer.TryComplete();
        _onDispose(this);
    }
}
