using System.Collections.Immutable;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;

namespace SupplyQuality.Grains;

public sealed class PartGrain(
    [PersistentState("part", StorageNames.GrainState)] IPersistentState<PartState> state) : Grain, IPartGrain
{
    private string PartNumber => this.GetPrimaryKeyString();

    public async Task<PartProfile> Register(PartProfile profile)
    {
        profile.Validate();
        if (profile != state.State.Profile)
        {
            await state.CommitAsync(state.State with { Profile = profile }, this);
        }

        return profile;
    }

    public Task<PartProfile> GetProfile() =>
        Task.FromResult(state.State.Profile ?? throw new EntityNotFoundException("part_number", PartNumber));

    public Task<bool> IsRegistered() => Task.FromResult(state.State.Profile is not null);

    public async Task AddSource(string oemId, string supplierId)
    {
        var link = new SourcingLink(oemId, supplierId, PartNumber);
        if (!state.State.Sources.Contains(link))
        {
            await state.CommitAsync(state.State with { Sources = state.State.Sources.Add(link) }, this);
        }
    }

    public Task<ImmutableArray<SourcingLink>> GetSources() => Task.FromResult(state.State.Sources);

    public async Task<QualityTotals> GetTotals(string oemId)
    {
        var totals = await Task.WhenAll(state.State.Sources
            .Where(s => oemId.Length == 0 || s.OemId == oemId)
            .Select(s => GrainFactory.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(s.OemId, s.SupplierId)).GetPartTotals(PartNumber)));
        return totals.Aggregate(QualityTotals.Empty, (sum, t) => sum.Plus(t));
    }
}
