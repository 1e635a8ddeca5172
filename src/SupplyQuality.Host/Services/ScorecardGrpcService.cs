using Grpc.Core;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

public sealed class ScorecardGrpcService(IGrainFactory grains, TimeProvider clock) : V1.ScorecardService.ScorecardServiceBase
{
    public override async Task<V1.SupplierScorecard> GetSupplierScorecard(V1.GetSupplierScorecardRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId), ("supplier_id", request.SupplierId));
        _ = await grains.GetGrain<IOemGrain>(request.OemId).GetProfile();
        var supplier = await grains.GetGrain<ISupplierGrain>(request.SupplierId).GetProfile();
        var card = await grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(request.OemId, request.SupplierId)).GetScorecard();
        return card.ToProto(supplier);
    }

    public override async Task<V1.PartScorecard> GetPartScorecard(V1.GetPartScorecardRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId), ("part_number", request.PartNumber));
        _ = await grains.GetGrain<IOemGrain>(request.OemId).GetProfile();
        var part = grains.GetGrain<IPartGrain>(request.PartNumber);
        _ = await part.GetProfile();
        var sources = await part.GetSources();
        var totals = await part.GetTotals(request.OemId);
        var card = new V1.PartScorecard
        {
            OemId = request.OemId,
            PartNumber = request.PartNumber,
            Figures = totals.ToProto(),
            AsOf = ProtoValues.ToProto(clock.GetUtcNow()),
        };
        card.SupplierIds.AddRange(sources.Where(s => s.OemId == request.OemId).Select(s => s.SupplierId));
        return card;
    }

    public override async Task<V1.RiskBoard> GetRiskBoard(V1.GetRiskBoardRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId));
        var oem = grains.GetGrain<IOemGrain>(request.OemId);
        _ = await oem.GetProfile();
        var cards = await oem.GetRiskBoard();
        var suppliers = await Task.WhenAll(cards.Select(c => grains.GetGrain<ISupplierGrain>(c.SupplierId).GetProfile()));
        var board = new V1.RiskBoard { OemId = request.OemId, AsOf = ProtoValues.ToProto(clock.GetUtcNow()) };
        board.Suppliers.AddRange(cards.Select((c, i) => c.ToProto(suppliers[i])));
        var total = cards.Aggregate(Domain.Relations.RelationScorecard.Empty(request.OemId, string.Empty, clock.GetUtcNow()), (sum, c) => sum.Plus(c));
        board.Totals = total.ToProto();
        return board;
    }
}
