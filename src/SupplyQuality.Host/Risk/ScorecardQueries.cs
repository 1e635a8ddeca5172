using System.Collections.Concurrent;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Risk;

/// <summary>
/// The read side of scorecards and boards, as partner messages: one place used by the gRPC services, the SignalR hub
/// and the push path, so a board and a partner always see the same figures.
/// </summary>
public sealed class ScorecardQueries(IGrainFactory grains, TimeProvider clock)
{
    /// <summary>How many NCRs a supplier drill-down lists.</summary>
    public const int DetailNonconformanceLimit = 200;

    private static readonly TimeSpan NameCacheTime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (SupplierProfile Profile, DateTimeOffset ReadAt)> _suppliers = new(StringComparer.Ordinal);

    public async Task<V1.SupplierScorecard> SupplierScorecard(string oemId, string supplierId)
    {
        _ = await grains.GetGrain<IOemGrain>(oemId).GetProfile();
        var supplier = await Supplier(supplierId, fresh: true);
        var card = await Relation(oemId, supplierId).GetScorecard();
        return card.ToSupplierProto(supplier);
    }

    /// <summary>Maps a pushed scorecard; supplier names come from a short-lived cache.</summary>
    public async Task<V1.SupplierScorecard> ToProto(QualityScorecard card) =>
        card.ToSupplierProto(await Supplier(card.SupplierId, fresh: false));

    public async Task<V1.PartScorecard> PartScorecard(string oemId, string partNumber)
    {
        _ = await grains.GetGrain<IOemGrain>(oemId).GetProfile();
        var part = grains.GetGrain<IPartGrain>(partNumber);
        var profile = await part.GetProfile();
        var sources = await part.GetSources();
        var card = await part.GetScorecard(oemId);
        return card.ToPartProto(profile, sources.Where(s => s.OemId == oemId).Select(s => s.SupplierId));
    }

    /// <summary>The OEM's board; with <paramref name="onlySupplierId"/>, the same for one supplier.</summary>
    public async Task<V1.RiskBoard> RiskBoard(string oemId, string onlySupplierId = "")
    {
        var oem = grains.GetGrain<IOemGrain>(oemId);
        var profile = await oem.GetProfile();
        var cards = (await oem.GetRiskBoard()).Where(c => onlySupplierId.Length == 0 || c.SupplierId == onlySupplierId).ToList();
        var now = clock.GetUtcNow();
        var board = new V1.RiskBoard { OemId = oemId, OemName = profile.Name, OemNameZh = profile.NameZh, AsOf = ProtoValues.ToProto(now) };
        foreach (var card in cards)
        {
            board.Suppliers.Add(await ToProto(card));
        }

        var total = cards.Aggregate(QualityScorecard.Empty(oemId, onlySupplierId, string.Empty, now), (sum, c) => sum.Plus(c));
        board.Totals = total.Figures();
        board.Months.AddRange(total.Months.Select(m => m.ToProto()));
        board.Defects.AddRange(total.NonconformancesByDefectCode.Defects());
        board.CostOfPoorQuality.AddRange(total.Cost.Select(c => c.ToProto()));
        var open = await oem.ListEightDs(EightDStatus.Open);
        board.OpenEightDs.AddRange(open
            .Where(e => onlySupplierId.Length == 0 || e.SupplierId == onlySupplierId)
            .OrderBy(e => e.RequestedAt)
            .Select(e => e.ToProto(now)));
        return board;
    }

    public async Task<V1.SupplierDetail> SupplierDetail(string oemId, string supplierId)
    {
        var relation = Relation(oemId, supplierId);
        var detail = new V1.SupplierDetail { Scorecard = await SupplierScorecard(oemId, supplierId) };
        foreach (var part in await relation.GetPartScorecards())
        {
            var profile = await grains.GetGrain<IPartGrain>(part.PartNumber).GetProfile();
            detail.Parts.Add(part.ToPartProto(profile, [supplierId]));
        }

        var ncrs = await relation.ListNonconformances(
            new NonconformanceQuery(string.Empty, NonconformanceStatus.Unspecified, Severity.Unspecified, null, DetailNonconformanceLimit));
        detail.Nonconformances.AddRange(ncrs.Select(n => n.ToProto()));
        var now = clock.GetUtcNow();
        detail.EightDs.AddRange((await relation.ListEightDs(EightDStatus.Unspecified)).Select(e => e.ToProto(now)));
        detail.Escalations.AddRange((await relation.GetEscalationHistory()).Select(c => c.ToProto()));
        return detail;
    }

    /// <summary>The OEMs the caller may see: all for administrators, its own for OEM staff, its customers for a supplier.</summary>
    public async Task<V1.ListOemsResponse> ListOems(Caller caller)
    {
        var response = new V1.ListOemsResponse();
        var ids = caller switch
        {
            _ when AccessRules.CanManageDirectory(caller) => await grains.GetGrain<IOemDirectoryGrain>(0).GetOemIds(),
            { Kind: OrganisationKind.Supplier } when caller.IsConsistent => await grains.GetGrain<ISupplierGrain>(caller.OrganisationId).GetOemIds(),
            _ when AccessRules.CanReadOemQuality(caller, caller.OrganisationId) => [caller.OrganisationId],
            _ => [],
        };
        foreach (var id in ids)
        {
            if (!await grains.GetGrain<IOemGrain>(id).IsRegistered())
            {
                continue;
            }

            response.Oems.Add((await grains.GetGrain<IOemGrain>(id).GetProfile()).ToProto([]));
        }

        return response;
    }

    private async Task<SupplierProfile> Supplier(string supplierId, bool fresh)
    {
        var now = clock.GetUtcNow();
        if (!fresh && _suppliers.TryGetValue(supplierId, out var cached) && now - cached.ReadAt < NameCacheTime)
        {
            return cached.Profile;
        }

        var profile = await grains.GetGrain<ISupplierGrain>(supplierId).GetProfile();
        _suppliers[supplierId] = (profile, now);
        return profile;
    }

    private ISupplierRelationGrain Relation(string oemId, string supplierId) =>
        grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(oemId, supplierId));
}
