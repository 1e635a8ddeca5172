using System.Collections.Immutable;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;

namespace SupplyQuality.Grains;

public sealed class PartGrain(
    [PersistentState("part", StorageNames.GrainState)] IPersistentState<PartState> state,
    TimeProvider clock) : Grain, IPartGrain
{
    private string PartNumber => this.GetPrimaryKeyString();

    public async Task<PartProfile> Register(PartProfile profile)
    {
        profile.Validate();
        if (profile != state.State.Profile)
        {
            await state.CommitAsync(state.State with { Profile = profile }, this);
        }

        // Outside the change check: registering again completes an earlier registration whose index add failed.
        await GrainFactory.GetGrain<IDirectoryIndexGrain>(0).AddPart(PartNumber);
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

    public async Task<QualityScorecard> GetScorecard(string oemId)
    {
        var cards = await Task.WhenAll(state.State.Sources
            .Where(s => oemId.Length == 0 || s.OemId == oemId)
            .Select(s => GrainFactory.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(s.OemId, s.SupplierId)).GetPartScorecard(PartNumber)));
        var policy = oemId.Length == 0 ? RiskPolicy.Default : (await GrainFactory.GetGrain<IOemGrain>(oemId).GetProfile()).Risk;
        return cards
            .Aggregate(QualityScorecard.Empty(oemId, string.Empty, PartNumber, clock.GetUtcNow()), (sum, card) => sum.Plus(card))
            .Assessed(policy);
    }
}
