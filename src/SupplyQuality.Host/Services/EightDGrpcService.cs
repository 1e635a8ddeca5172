using Grpc.Core;
using SupplyQuality.Domain;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

public sealed class EightDGrpcService(IGrainFactory grains, TimeProvider clock) : V1.EightDService.EightDServiceBase
{
    public override async Task<V1.EightDReport> RequestEightD(V1.RequestEightDRequest request, ServerCallContext context)
    {
        RequestChecks.Creating(request.RequestId, ("oem_id", request.OemId), ("supplier_id", request.SupplierId));
        var check = new InputRules.Checker();
        check.ListLength("nonconformance_ids", request.NonconformanceIds.Count, min: 1);
        check.ThrowIfInvalid();
        var grain = grains.GetGrain<IEightDGrain>(EntityIds.EightD(request.OemId, request.RequestId));
        var view = await grain.Request(new EightDRequest(request.OemId, request.SupplierId, request.Title, [.. request.NonconformanceIds], request.RequestedBy));
        return view.ToProto(clock.GetUtcNow());
    }

    public override async Task<V1.EightDReport> SubmitDiscipline(V1.SubmitDisciplineRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("eight_d_id", request.EightDId));
        var content = request.Content.ToDomain();
        var view = await grains.GetGrain<IEightDGrain>(request.EightDId)
            .Submit(ProtoValues.Enum<Discipline>(request.Discipline), content, request.SubmittedBy);
        return view.ToProto(clock.GetUtcNow());
    }

    public override async Task<V1.EightDReport> ReviewDiscipline(V1.ReviewDisciplineRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("eight_d_id", request.EightDId));
        var view = await grains.GetGrain<IEightDGrain>(request.EightDId).Review(
            ProtoValues.Enum<Discipline>(request.Discipline),
            ProtoValues.Enum<ReviewDecision>(request.Decision),
            request.Reason,
            request.ReviewedBy);
        return view.ToProto(clock.GetUtcNow());
    }

    public override async Task<V1.EightDReport> GetEightD(V1.GetEightDRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("eight_d_id", request.EightDId));
        return (await grains.GetGrain<IEightDGrain>(request.EightDId).Get()).ToProto(clock.GetUtcNow());
    }

    public override async Task<V1.ListEightDsResponse> ListEightDs(V1.ListEightDsRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId));
        if (request.SupplierId.Length > 0)
        {
            RequestChecks.Ids(("supplier_id", request.SupplierId));
        }

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
}
