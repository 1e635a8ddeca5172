using System.Collections.Immutable;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;

namespace SupplyQuality.Grains;

public sealed class SupplierGrain(
    [PersistentState("supplier", StorageNames.GrainState)] IPersistentState<SupplierState> state,
    TimeProvider clock) : Grain, ISupplierGrain
{
    private string SupplierId => this.GetPrimaryKeyString();

    public async Task<SupplierProfile> Register(SupplierProfile profile)
    {
        profile.Validate();
        if (profile != state.State.Profile)
        {
            await state.CommitAsync(state.State with { Profile = profile }, this);
        }

        // Outside the change check: registering again completes an earlier registration whose index add failed.
        await GrainFactory.GetGrain<IDirectoryIndexGrain>(0).AddSupplier(SupplierId);
        return profile;
    }

    public Task<SupplierProfile> GetProfile() =>
        Task.FromResult(state.State.Profile ?? throw new EntityNotFoundException("supplier_id", SupplierId));

    public Task<bool> IsRegistered() => Task.FromResult(state.State.Profile is not null);

    public async Task AddOem(string oemId)
    {
        if (!state.State.OemIds.Contains(oemId))
        {
            await state.CommitAsync(state.State with { OemIds = state.State.OemIds.Add(oemId) }, this);
        }
    }

    public Task<ImmutableArray<string>> GetOemIds() => Task.FromResult(state.State.OemIds.ToImmutableArray());

    public async Task<QualityScorecard> GetScorecardAcrossOems()
    {
        var cards = await Task.WhenAll(state.State.OemIds.Select(oem =>
            GrainFactory.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(oem, SupplierId)).GetScorecard()));
        // Each OEM has its own targets; across OEMs the documented defaults apply.
        return cards
            .Aggregate(QualityScorecard.Empty(string.Empty, SupplierId, string.Empty, clock.GetUtcNow()), (sum, card) => sum.Plus(card))
            .Assessed(RiskPolicy.Default);
    }
}
