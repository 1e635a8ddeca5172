using Grpc.Core;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;
using SupplyQuality.Host.Security;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

public sealed class EightDGrpcService(IGrainFactory grains, TimeProvider clock, CallerIdentity identity) : V1.EightDService.EightDServiceBase
{
    public override async Task<V1.EightDReport> RequestEightD(V1.RequestEightDRequest request, ServerCallContext context)
    {
        RequestChecks.Creating(request.RequestId, ("oem_id", request.OemId), ("supplier_id", request.SupplierId));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanWriteOemQuality(caller, request.OemId), caller, $"request 8Ds for OEM {request.OemId}");
        var check = new InputRules.Checker();
        check.ListLength("nonconformance_ids", request.NonconformanceIds.Count, min: 1);
        check.ThrowIfInvalid();
        var grain = grains.GetGrain<IEightDGrain>(EntityIds.EightD(request.OemId, request.RequestId));
        var view = await grain.Request(new EightDRequest(request.OemId, request.SupplierId, request.Title, [.. request.NonconformanceIds], caller.UserName));
        return view.ToProto(clock.GetUtcNow());
    }

    public override async Task<V1.EightDReport> SubmitDiscipline(V1.SubmitDisciplineRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("eight_d_id", request.EightDId));
        var caller = context.Caller(identity);
        var report = (await ReadableEightD(grains, caller, request.EightDId)).Report;
        AccessCheck.Require(AccessRules.CanAnswerEightD(caller, report.SupplierId), caller, $"submit disciplines of 8D {request.EightDId}");
        var content = request.Content.ToDomain();
        var view = await grains.GetGrain<IEightDGrain>(request.EightDId)
            .Submit(ProtoValues.Enum<Discipline>(request.Discipline), content, caller.UserName);
        return view.ToProto(clock.GetUtcNow());
    }

    public override async Task<V1.EightDReport> ReviewDiscipline(V1.ReviewDisciplineRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("eight_d_id", request.EightDId));
        var caller = context.Caller(identity);
        var report = (await ReadableEightD(grains, caller, request.EightDId)).Report;
        AccessCheck.Require(AccessRules.CanWriteOemQuality(caller, report.OemId), caller, $"review disciplines of 8D {request.EightDId}");
        var view = await grains.GetGrain<IEightDGrain>(request.EightDId).Review(
            ProtoValues.Enum<Discipline>(request.Discipline),
            ProtoValues.Enum<ReviewDecision>(request.Decision),
            request.Reason,
            caller.UserName);
        return view.ToProto(clock.GetUtcNow());
    }

    public override async Task<V1.EightDReport> GetEightD(V1.GetEightDRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("eight_d_id", request.EightDId));
        return (await ReadableEightD(grains, context.Caller(identity), request.EightDId)).ToProto(clock.GetUtcNow());
    }

    public override async Task<V1.ListEightDsResponse> ListEightDs(V1.ListEightDsRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId));
        if (request.SupplierId.Length > 0)
        {
            RequestChecks.Ids(("supplier_id", request.SupplierId));
        }

        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanReadScope(caller, request.OemId, request.SupplierId), caller, $"list 8Ds of OEM {request.OemId} {request.SupplierId}".TrimEnd());
        var oem = grains.GetGrain<IOemGrain>(request.OemId);
        _ = await oem.GetProfile();
        var status = ProtoValues.Enum<EightDStatus>(request.Status);
        var found = request.SupplierId.Length > 0
            ? await grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(request.OemId, request.SupplierId)).ListEightDs(status)
            : await oem.ListEightDs(status);
        var now = clock.GetUtcNow();
        var response = new V1.ListEightDsResponse();
        response.EightDs.AddRange(found.Select(e => e.ToProto(now)));
        return response;
    }

    /// <summary>The 8D if the caller may read it; unknown and foreign ids get the same PERMISSION_DENIED.</summary>
    public static async Task<EightDView> ReadableEightD(IGrainFactory grains, Caller caller, string id)
    {
        EightDView? view = null;
        try
        {
            view = await grains.GetGrain<IEightDGrain>(id).Get();
        }
        catch (EntityNotFoundException)
        {
        }

        var report = view?.Report;
        AccessCheck.Require(report is not null && AccessRules.CanReadRelation(caller, report.OemId, report.SupplierId), caller, $"read 8D {id} (or it does not exist)");
        return view!;
    }
}
