using SupplyQuality.Domain.Relations;

namespace SupplyQuality.Grains.Ledger;

/// <summary>
/// Append-only storage of relation ledgers. One writer per ledger (its relation grain); an append either lands
/// whole or throws, and an append that raced another writer throws <see cref="LedgerConflictException"/>.
/// </summary>
public interface IRelationLedgerStore
{
    /// <summary>Reads a ledger from its start and returns a handle positioned after its last event.</summary>
    Task<(IReadOnlyList<RelationEvent> Events, ILedgerAppender Appender)> OpenAsync(string ledgerName, CancellationToken cancellationToken);

    /// <summary>The names of the ledgers that start with <paramref name="namePrefix"/> and hold at least one append.</summary>
    IAsyncEnumerable<string> ListAsync(string namePrefix, CancellationToken cancellationToken);
}
