using System.Collections.Immutable;
using Orleans.Concurrency;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;

namespace SupplyQuality.Grains;

/// <summary>
/// Reentrant so that registrations arriving together share one write (group commit): a bulk load registering
/// thousands of parts costs a few writes of the index, not one each.
/// </summary>
[Reentrant]
public sealed class DirectoryIndexGrain(
    [PersistentState("directory-index", StorageNames.GrainState)] IPersistentState<DirectoryIndexState> state) : Grain, IDirectoryIndexGrain
{
    private ImmutableSortedSet<string> _pendingSuppliers = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
    private ImmutableSortedSet<string> _pendingParts = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
    private Task? _write;

    public Task AddSupplier(string supplierId)
    {
        if (state.State.SupplierIds.Contains(supplierId))
        {
            return Task.CompletedTask;
        }

        _pendingSuppliers = _pendingSuppliers.Add(supplierId);
        return UntilStored(() => state.State.SupplierIds.Contains(supplierId));
    }

    public Task AddPart(string partNumber)
    {
        if (state.State.PartNumbers.Contains(partNumber))
        {
            return Task.CompletedTask;
        }

        _pendingParts = _pendingParts.Add(partNumber);
        return UntilStored(() => state.State.PartNumbers.Contains(partNumber));
    }

    public Task<ImmutableArray<string>> GetSupplierIds() => Task.FromResult(state.State.SupplierIds.ToImmutableArray());

    public Task<ImmutableArray<string>> GetPartNumbers() => Task.FromResult(state.State.PartNumbers.ToImmutableArray());

    /// <summary>Waits for the write under way (it may have started before this id was added), then for one that holds it.</summary>
    private async Task UntilStored(Func<bool> stored)
    {
        while (!stored())
        {
            // A write that completed at once has already cleared _write before it was assigned: start another.
            if (_write is null || _write.IsCompleted)
            {
                _write = Write();
            }

            await _write;
        }
    }

    private async Task Write()
    {
        var suppliers = _pendingSuppliers;
        var parts = _pendingParts;
        _pendingSuppliers = _pendingSuppliers.Clear();
        _pendingParts = _pendingParts.Clear();
        try
        {
            await state.CommitAsync(state.State with
            {
                SupplierIds = state.State.SupplierIds.Union(suppliers),
                PartNumbers = state.State.PartNumbers.Union(parts),
            }, this);
        }
        catch
        {
            // Those waiting get the error; their ids stay pending for the next add (callers retry the registration).
            _pendingSuppliers = _pendingSuppliers.Union(suppliers);
            _pendingParts = _pendingParts.Union(parts);
            throw;
        }
        finally
        {
            _write = null;
        }
    }
}
