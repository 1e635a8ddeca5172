using SupplyQuality.Domain.Access;
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
/// Reads of scorecards and boards cost one grain call (the relation, or the OEM's kept board) and reuse the messages
/// mapped from an unchanged card or board; names come from <see cref="ProfileCache"/>.
/// </summary>
public sealed class ScorecardQueries(IGrainFactory grains, ProfileCache profiles, ScorecardMessages cardMessages, RiskBoardMessages boardMessages, TimeProvider clock)
{
    /// <summary>How many NCRs a supplier drill-down lists.</summary>
    public const int DetailNonconformanceLimit = 200;

    /// <summary>The relation's card as of now: every acknowledged write is in it (the relation is asked each time).</summary>
    public async Task<V1.SupplierScorecard> SupplierScorecard(string oemId, string supplierId)
    {
        // Existence first, so an unknown id is NOT_FOUND rather than an empty relation.
        _ = await profiles.Oem(oemId);
        var supplier = await profiles.Supplier(supplierId);
        var card = await Relation(oemId, supplierId).GetScorecard();
        return cardMessages.Supplier(card, supplier);
    }

    /// <summary>Maps a pushed scorecard (a supplier relation's), reusing the message of a card already mapped.</summary>
    public async Task<V1.SupplierScorecard> ToProto(QualityScorecard card) =>
        cardMessages.Supplier(card, await profiles.Supplier(card.SupplierId));

    public async Task<V1.PartScorecard> PartScorecard(string oemId, string partNumber)
    {
        _ = await profiles.Oem(oemId);
        var part = grains.GetGrain<IPartGrain>(partNumber);
        var profile = await part.GetProfile();
        var sources = await part.GetSources();
        var card = await part.GetScorecard(oemId);
        return card.ToPartProto(profile, sources.Where(s => s.OemId == oemId).Select(s => s.SupplierId));
    }

    /// <summary>The OEM's board; with <paramref name="onlySupplierId"/>, the same for one supplier.</summary>
    /// <remarks>One grain call for the OEM's kept board; a board unchanged since the last read is not mapped again.</remarks>
    public async Task<V1.RiskBoard> RiskBoard(string oemId, string onlySupplierId = "")
    {
        var profile = await profiles.Oem(oemId);
        var view = await grains.GetGrain<IOemGrain>(oemId).GetRiskBoardView();
        return await boardMessages.Board(view, profile, onlySupplierId);
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

    private ISupplierRelationGrain Relation(string oemId, string supplierId) =>
        grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(oemId, supplierId));
}
