using System.Collections.Immutable;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;

namespace SupplyQuality.Grains;

public sealed class OemGrain(
    [PersistentState("oem", StorageNames.GrainState)] IPersistentState<OemState> state) : Grain, IOemGrain
{
    private string OemId => this.GetPrimaryKeyString();

    /// <summary>Profiles stored before OEMs had a risk policy read back without one: they get the defaults.</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Profile is { } profile && profile.Risk is null)
        {
            state.State = state.State with { Profile = profile with { Risk = RiskPolicy.Default } };
        }

        return Task.CompletedTask;
    }

    public async Task<OemProfile> Register(OemProfile profile)
    {
        profile.Validate();
        if (profile != state.State.Profile)
        {
            await state.CommitAsync(state.State with { Profile = profile }, this);
        }

        // Both idempotent, and outside the change check: a retry after a failure here completes them.
        await GrainFactory.GetGrain<IOemDirectoryGrain>(0).Add(OemId);
        await Task.WhenAll(state.State.SupplierIds.Select(s => Relation(s).UpdateRiskPolicy(profile.Risk)));

        return profile;
    }

    public Task<OemProfile> GetProfile() =>
        Task.FromResult(state.State.Profile ?? throw new EntityNotFoundException("oem_id", OemId));

    public Task<bool> IsRegistered() => Task.FromResult(state.State.Profile is not null);

    public async Task<SourcingLink> AddSourcing(string supplierId, string partNumber)
    {
        var link = new SourcingLink(OemId, supplierId, partNumber);
        link.Validate();
        _ = await GrainFactory.GetGrain<ISupplierGrain>(supplierId).GetProfile();
        _ = await GrainFactory.GetGrain<IPartGrain>(partNumber).GetProfile();

        // Each step is idempotent, so a retry after a partial failure completes the link everywhere.
        var profile = await GetProfile();
        await Relation(supplierId).AddPart(partNumber);
        // A relation that was active before the OEM registered may still hold the default policy.
        await Relation(supplierId).UpdateRiskPolicy(profile.Risk);
        await GrainFactory.GetGrain<ISupplierGrain>(supplierId).AddOem(OemId);
        await GrainFactory.GetGrain<IPartGrain>(partNumber).AddSource(OemId, supplierId);
        if (!state.State.SupplierIds.Contains(supplierId))
        {
            await state.CommitAsync(state.State with { SupplierIds = state.State.SupplierIds.Add(supplierId) }, this);
        }

        return link;
    }

    public Task<ImmutableArray<string>> GetSupplierIds() => Task.FromResult(state.State.SupplierIds.ToImmutableArray());

    public async Task<ImmutableArray<QualityScorecard>> GetRiskBoard()
    {
        var cards = await Task.WhenAll(state.State.SupplierIds.Select(s => Relation(s).GetScorecard()));
        Array.Sort(cards, QualityScorecard.WorstFirst);
        return [.. cards];
    }

    public async Task<ImmutableArray<Nonconformance>> ListNonconformances(NonconformanceQuery query)
    {
        var pages = await Task.WhenAll(state.State.SupplierIds.Select(s => Relation(s).ListNonconformances(query)));
        return [.. pages
            .SelectMany(p => p)
            .OrderBy(n => new NonconformancePosition(n.Details.DetectedAt, n.Id))
            .Take(query.Limit)];
    }

    public async Task<ImmutableArray<EightDSummary>> ListEightDs(EightDStatus status)
    {
        var lists = await Task.WhenAll(state.State.SupplierIds.Select(s => Relation(s).ListEightDs(status)));
        return [.. lists
            .SelectMany(l => l)
            .OrderByDescending(e => e.RequestedAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private ISupplierRelationGrain Relation(string supplierId) =>
        GrainFactory.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(OemId, supplierId));
}
