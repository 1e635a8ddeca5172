using Grpc.Core;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Interchange;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;
using SupplyQuality.Host.Security;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

public sealed class EightDGrpcService(IGrainFactory grains, TimeProvider clock, CallerIdentity identity) : V1.EightDService.EightDServiceBase
{
    /// <summary>A Catena-X document to import, in characters; as large as the gRPC message limit allows.</summary>
    public const int MaxDocumentLength = 1_000_000;

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
        return view.ToProto(clock.GetUtcNow(), caller);
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
        return view.ToProto(clock.GetUtcNow(), caller);
    }

    public override async Task<V1.EightDReport> SaveDisciplineDraft(V1.SaveDisciplineDraftRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("eight_d_id", request.EightDId));
        var caller = context.Caller(identity);
        var report = (await ReadableEightD(grains, caller, request.EightDId)).Report;
        AccessCheck.Require(AccessRules.CanSeeEightDDrafts(caller, report.SupplierId), caller, $"save drafts of 8D {request.EightDId}");
        var content = request.Content.ToDomain();
        var view = await grains.GetGrain<IEightDGrain>(request.EightDId)
            .SaveDraft(ProtoValues.Enum<Discipline>(request.Discipline), content, caller.UserName);
        return view.ToProto(clock.GetUtcNow(), caller);
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
        return view.ToProto(clock.GetUtcNow(), caller);
    }

    public override async Task<V1.EightDReport> GetEightD(V1.GetEightDRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("eight_d_id", request.EightDId));
        var caller = context.Caller(identity);
        return (await ReadableEightD(grains, caller, request.EightDId)).ToProto(clock.GetUtcNow(), caller);
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

    public override async Task<V1.ExportEightDResponse> ExportEightD(V1.ExportEightDRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("eight_d_id", request.EightDId));
        var report = (await ReadableEightD(grains, context.Caller(identity), request.EightDId)).Report;
        var parties = request.ToDomainParties();
        var oem = await grains.GetGrain<IOemGrain>(report.OemId).GetProfile();
        var supplier = await grains.GetGrain<ISupplierGrain>(report.SupplierId).GetProfile();
        var nonconformances = new List<Nonconformance>();
        foreach (var id in report.NonconformanceIds)
        {
            nonconformances.Add((await grains.GetGrain<INonconformanceGrain>(id).Get()).Record);
        }

        var partNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var partNumber in nonconformances.Select(n => n.Details.PartNumber).Distinct())
        {
            partNames[partNumber] = (await grains.GetGrain<IPartGrain>(partNumber).GetProfile()).Description;
        }

        var json = CatenaXReport8DExporter.ExportJson(new CatenaXExportSource(report, oem.Name, supplier.Name, nonconformances, partNames, parties));
        var response = new V1.ExportEightDResponse
        {
            DocumentJson = json,
            ModelUrn = CatenaXReport8DModel.AspectUrn,
            ModelVersion = CatenaXReport8DModel.Version,
        };
        response.Violations.AddRange(CatenaXReport8DValidator.Validate(json).Select(v => v.ToProto()));
        return response;
    }

    public override async Task<V1.ImportEightDResponse> ImportEightD(V1.ImportEightDRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("eight_d_id", request.EightDId));
        var caller = context.Caller(identity);
        var report = (await ReadableEightD(grains, caller, request.EightDId)).Report;
        AccessCheck.Require(AccessRules.CanAnswerEightD(caller, report.SupplierId), caller, $"import disciplines into 8D {request.EightDId}");
        var check = new InputRules.Checker();
        check.Text("document_json", request.DocumentJson, MaxDocumentLength);
        check.ThrowIfInvalid();

        // Everything is checked before anything is written: the model, then the hub's content rules for every step.
        var imported = CatenaXReport8DImporter.Import(request.DocumentJson);
        if (!imported.IsValid)
        {
            throw new InputValidationException(imported.Violations);
        }

        if (report.IsClosed)
        {
            throw new WorkflowRuleException("8d.closed", $"8D {report.Id} is closed");
        }

        if (report.IsWithdrawn)
        {
            throw new WorkflowRuleException("8d.withdrawn", $"8D {report.Id} was withdrawn with all of its nonconformances");
        }

        // Answers the OEM is reviewing or has approved stay; the rest are the supplier's to (re)submit.
        var open = imported.Contents.Where(c => report[c.Discipline].Status is DisciplineStatus.NotSubmitted or DisciplineStatus.Rejected).ToList();
        var leftUnchanged = imported.Contents.Where(c => !open.Contains(c)).Select(c => c.Discipline);
        var view = await grains.GetGrain<IEightDGrain>(request.EightDId)
            .SubmitAll([.. open], caller.UserName, $"imported from Catena-X {CatenaXReport8DModel.Namespace} {CatenaXReport8DModel.Version}");
        var response = new V1.ImportEightDResponse
        {
            EightD = view.ToProto(clock.GetUtcNow(), caller),
            ModelVersion = CatenaXReport8DModel.Version,
        };
        response.Imported.AddRange(open.Select(c => ProtoValues.Enum<V1.Discipline>(c.Discipline)));
        response.LeftUnchanged.AddRange(leftUnchanged.Select(d => ProtoValues.Enum<V1.Discipline>(d)));
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
