using SupplyQuality.Grains.Ledger;

namespace SupplyQuality.Grains.Tests.Infrastructure;

/// <summary>
/// A block store whose appends take a little time, like a storage round trip, so that writes arriving meanwhile
/// queue up and share the next append (see <see cref="LatentLedgerStore"/>).
/// </summary>
public sealed class LatentBlockStore(ILedgerBlockStore inner, TimeSpan appendLatency) : ILedgerBlockStore
{
    public async Task<LedgerBlocks> OpenBlocksAsync(string ledgerName, CancellationToken cancellationToken)
    {
        var blocks = await inner.OpenBlocksAsync(ledgerName, cancellationToken);
        return blocks with { Writer = new Writer(blocks.Writer, appendLatency) };
    }

    public IAsyncEnumerable<string> ListAsync(string namePrefix, CancellationToken cancellationToken) =>
        inner.ListAsync(namePrefix, cancellationToken);

    public Task<bool> DeleteAsync(string ledgerName, long expectedLength, CancellationToken cancellationToken) =>
        inner.DeleteAsync(ledgerName, expectedLength, cancellationToken);

    private sealed class Writer(ILedgerBlockWriter inner, TimeSpan latency) : ILedgerBlockWriter
    {
        public long Length => inner.Length;

        public int Blocks => inner.Blocks;

        public async Task AppendAsync(ReadOnlyMemory<byte> lines, CancellationToken cancellationToken)
        {
            await Task.Delay(latency, cancellationToken);
            await inner.AppendAsync(lines, cancellationToken);
        }
    }
}
