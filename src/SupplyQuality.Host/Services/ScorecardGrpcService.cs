using Grpc.Core;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;
using SupplyQuality.Host.Risk;
using SupplyQuality.Host.Security;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

public sealed class ScorecardGrpcService(IGrainFactory grains, ScorecardQueries queries, RiskBroadcaster broadcaster, TimeProvider clock, CallerIdentity identity)
    : V1.ScorecardService.ScorecardServiceBase
{
    public override Task<V1.SupplierScorecard> GetSupplierScorecard(V1.GetSupplierScorecardRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId), ("supplier_id", request.SupplierId));
        RequireRelation(context, request.OemId, request.SupplierId, "read the scorecard of");
        return queries.SupplierScorecard(request.OemId, request.SupplierId);
    }

    public override Task<V1.PartScorecard> GetPartScorecard(V1.GetPartScorecardRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId), ("part_number", request.PartNumber));
        RequireOem(context, request.OemId, "read part scorecards of");
        return queries.PartScorecard(request.OemId, request.PartNumber);
    }

    public override Task<V1.RiskBoard> GetRiskBoard(V1.GetRiskBoardRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId));
        RequireOem(context, request.OemId, "read the risk board of");
        return queries.RiskBoard(request.OemId);
    }

    public override Task<V1.SupplierDetail> GetSupplierDetail(V1.GetSupplierDetailRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId), ("supplier_id", request.SupplierId));
        RequireRelation(context, request.OemId, request.SupplierId, "read the detail of");
        return queries.SupplierDetail(request.OemId, request.SupplierId);
    }

    public override async Task<V1.SupplierScorecard> SetEscalation(V1.SetEscalationRequest request, ServerCallContext context)
    {
        RequestChecks.Creating(request.RequestId, ("oem_id", request.OemId), ("supplier_id", request.SupplierId));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanWriteOemQuality(caller, request.OemId), caller, $"escalate suppliers of OEM {request.OemId}");
        _ = await grains.GetGrain<IOemGrain>(request.OemId).GetProfile();
        var supplier = await grains.GetGrain<ISupplierGrain>(request.SupplierId).GetProfile();
        var change = new EscalationChange(
            EntityIds.Escalation(request.OemId, request.RequestId),
            ProtoValues.Enum<EscalationLevel>(request.Level),
            request.Reason,
            caller.UserName,
            clock.GetUtcNow());
        var card = await grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(request.OemId, request.SupplierId)).SetEscalation(change);
        return card.ToSupplierProto(supplier);
    }

    public override async Task<V1.EscalationHistory> GetEscalationHistory(V1.GetEscalationHistoryRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId), ("supplier_id", request.SupplierId));
        RequireRelation(context, request.OemId, request.SupplierId, "read the escalations of");
        _ = await grains.GetGrain<IOemGrain>(request.OemId).GetProfile();
        _ = await grains.GetGrain<ISupplierGrain>(request.SupplierId).GetProfile();
        var history = new V1.EscalationHistory();
        history.Changes.AddRange((await grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(request.OemId, request.SupplierId)).GetEscalationHistory())
            .Select(c => c.ToProto()));
        return history;
    }

    public override async Task WatchRisk(V1.WatchRiskRequest request, IServerStreamWriter<V1.RiskEvent> responseStream, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId));
        if (request.SupplierId.Length > 0)
        {
            RequestChecks.Ids(("supplier_id", request.SupplierId));
            RequireRelation(context, request.OemId, request.SupplierId, "watch");
        }
        else
        {
            RequireOem(context, request.OemId, "watch the board of");
        }

        // Watch first, then read the snapshot: a change in between arrives after it and is not lost.
        using var watch = broadcaster.Watch(request.OemId, request.SupplierId);
        var snapshot = await queries.RiskBoard(request.OemId, request.SupplierId);
        await responseStream.WriteAsync(new V1.RiskEvent { Snapshot = snapshot }, context.CancellationToken);
        var shown = snapshot.Suppliers.ToDictionary(s => s.SupplierId, s => s.Version, StringComparer.Ordinal);
        await foreach (var card in watch.Updates.ReadAllAsync(context.CancellationToken))
        {
            // Equal versions pass: a milestone falling due changes the figures without a new record.
            if (shown.TryGetValue(card.SupplierId, out long version) && card.Version < version)
            {
                continue;
            }

            shown[card.SupplierId] = card.Version;
            await responseStream.WriteAsync(new V1.RiskEvent { SupplierChanged = card }, context.CancellationToken);
        }
    }

    private void RequireRelation(ServerCallContext context, string oemId, string supplierId, string action)
    {
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanReadRelation(caller, oemId, supplierId), caller, $"{action} OEM {oemId} and supplier {supplierId}");
    }

    private void RequireOem(ServerCallContext context, string oemId, string action)
    {
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanReadOemQuality(caller, oemId), caller, $"{action} OEM {oemId}");
    }
}
