using System.Collections.Immutable;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;

namespace SupplyQuality.Grains;

public sealed class OemDirectoryGrain(
    [PersistentState("oems", StorageNames.GrainState)] IPersistentState<OemDirectoryState> state) : Grain, IOemDirectoryGrain
{
    public async Task Add(string oemId)
    {
        if (!state.State.OemIds.Contains(oemId))
        {
            await state.CommitAsync(state.State with { OemIds = state.State.OemIds.Add(oemId) }, this);
        }
    }

    public Task<ImmutableArray<string>> GetOemIds() => Task.FromResult(state.State.OemIds.ToImmutableArray());
}
