using System.Collections.Immutable;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;

namespace SupplyQuality.Grains;

/// <summary>
/// One OEM. Besides its profile and suppliers it keeps the live board: each relation's latest scorecard and open 8Ds,
/// sent by the relation with every change, so a board read costs the same for 10 suppliers or 1,000 (no fan-out).
/// Scorecards that have not changed for a while are refreshed in the background, because their rolling windows move
/// with time. The board is kept assembled (<see cref="RiskBoardView"/>): sorted and summed once after changes, not
/// per read.
/// </summary>
public sealed class OemGrain(
    [PersistentState("oem", StorageNames.GrainState)] IPersistentState<OemState> state,
    TimeProvider clock) : Grain, IOemGrain
{
    /// <summary>Scorecards older than this are read again from their relations (in the background).</summary>
    public static readonly TimeSpan BoardRefreshAge = TimeSpan.FromSeconds(60);

    private readonly Dictionary<string, QualityScorecard> _cards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<EightDSummary>> _openEightDs = new(StringComparer.Ordinal);
    private readonly Guid _epoch = Guid.NewGuid();
    private long _boardVersion;
    private RiskBoardView? _view;
    private Task? _boardLoad;
    private IGrainTimer? _refreshTimer;

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
        // Risk is assessed under the policy: the board is read again (relations do not call back for a policy change).
        _boardLoad = null;
        BoardChanged();

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
            // A card the relation reported before the link was stored shows only now.
            BoardChanged();
        }

        // A relation that had the part already (a retried link) reported nothing: read it.
        if (_boardLoad is not null && !_cards.ContainsKey(supplierId))
        {
            await ReadRelations([supplierId]);
        }

        return link;
    }

    public Task<ImmutableArray<string>> GetSupplierIds() => Task.FromResult(state.State.SupplierIds.ToImmutableArray());

    public async Task<ImmutableArray<QualityScorecard>> GetRiskBoard() => (await GetRiskBoardView()).Suppliers;

    public async Task<RiskBoardView> GetRiskBoardView()
    {
        await LoadBoard();
        var now = clock.GetUtcNow();
        // Totals label their months from the day they were summed: a board nobody changed is summed again next day.
        if (_view is null || _view.AssembledAt.UtcDateTime.Date != now.UtcDateTime.Date)
        {
            _view = Assemble(now);
        }

        return _view;
    }

    public Task OnRelationChanged(QualityScorecard scorecard, ImmutableArray<EightDSummary> openEightDs)
    {
        Keep(scorecard, openEightDs);
        return Task.CompletedTask;
    }

    public async Task<ImmutableArray<Nonconformance>> ListNonconformances(NonconformanceQuery query)
    {
        var pages = await Task.WhenAll(state.State.SupplierIds.Select(s => Relation(s).ListNonconformances(query)));
        return [.. pages
            .SelectMany(p => p)
            .OrderBy(n => new NonconformancePosition(n.Details.DetectedAt, n.Id))
            .Take(query.Limit)];
    }

    public async Task<ImmutableArray<Receipt>> ListReceipts(ReceiptQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // A supplier the OEM does not source from has no receipts here: no relation is woken for it.
        string[] suppliers = query.SupplierId.Length == 0
            ? [.. state.State.SupplierIds]
            : state.State.SupplierIds.Contains(query.SupplierId) ? [query.SupplierId] : [];
        var pages = await Task.WhenAll(suppliers.Select(s => Relation(s).ListReceipts(query)));
        // Each relation sent its newest receipts; the newest of all of them are among those.
        return [.. pages
            .SelectMany(p => p)
            .Order(ReceiptQuery.NewestFirst)
            .Take(query.Count)];
    }

    public async Task<ImmutableArray<EightDSummary>> ListEightDs(EightDStatus status)
    {
        if (status == EightDStatus.Open)
        {
            await LoadBoard();
            return [.. _openEightDs.Values
                .SelectMany(l => l)
                .OrderByDescending(e => e.RequestedAt)
                .ThenBy(e => e.Id, StringComparer.Ordinal)];
        }

        var lists = await Task.WhenAll(state.State.SupplierIds.Select(s => Relation(s).ListEightDs(status)));
        return [.. lists
            .SelectMany(l => l)
            .OrderByDescending(e => e.RequestedAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>Reads every relation once per activation (and after a policy change); afterwards relations report.</summary>
    private Task LoadBoard()
    {
        if (_boardLoad is null || _boardLoad.IsFaulted)
        {
            _boardLoad = ReadRelations(state.State.SupplierIds);
            _refreshTimer ??= this.RegisterGrainTimer(RefreshOldCards, new GrainTimerCreationOptions { DueTime = BoardRefreshAge / 2, Period = BoardRefreshAge / 2, Interleave = true });
        }

        return _boardLoad;
    }

    private async Task ReadRelations(IEnumerable<string> supplierIds)
    {
        var relations = supplierIds.ToList();
        var cards = await Task.WhenAll(relations.Select(s => Relation(s).GetScorecard()));
        var open = await Task.WhenAll(relations.Select(s => Relation(s).ListEightDs(EightDStatus.Open)));
        for (int i = 0; i < relations.Count; i++)
        {
            Keep(cards[i], open[i]);
        }
    }

    /// <summary>Cards nobody changed for a while: their 30/90/365-day windows and milestone states moved on.</summary>
    private Task RefreshOldCards()
    {
        var cutoff = clock.GetUtcNow() - BoardRefreshAge;
        var old = _cards.Values.Where(c => c.AsOf < cutoff).Select(c => c.SupplierId).ToList();
        return old.Count == 0 ? Task.CompletedTask : ReadRelations(old);
    }

    /// <summary>
    /// The newest wins: by the relation's version, then by when it was computed. The same card again (relations reuse
    /// a computed card for a moment, and report it again when they publish) changes nothing.
    /// </summary>
    private void Keep(QualityScorecard card, ImmutableArray<EightDSummary> openEightDs)
    {
        if (_cards.TryGetValue(card.SupplierId, out var known) && (known.Version > card.Version || (known.Version == card.Version && known.AsOf >= card.AsOf)))
        {
            return;
        }

        _cards[card.SupplierId] = card;
        _openEightDs[card.SupplierId] = openEightDs;
        BoardChanged();
    }

    /// <summary>A new board version; the view is assembled again on the next read, once for any number of changes.</summary>
    private void BoardChanged()
    {
        _boardVersion++;
        _view = null;
    }

    private RiskBoardView Assemble(DateTimeOffset now)
    {
        var cards = state.State.SupplierIds.Where(_cards.ContainsKey).Select(s => _cards[s]).ToArray();
        Array.Sort(cards, QualityScorecard.WorstFirst);
        var totals = cards.Aggregate(QualityScorecard.Empty(OemId, string.Empty, string.Empty, now), (sum, c) => sum.Plus(c));
        var open = _openEightDs.Values
            .SelectMany(l => l)
            .OrderBy(e => e.RequestedAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new RiskBoardView(OemId, _epoch, _boardVersion, [.. cards], totals, open, now);
    }

    private ISupplierRelationGrain Relation(string supplierId) =>
        GrainFactory.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(OemId, supplierId));
}
