using System.Collections.Immutable;
using Grpc.Core;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;
using SupplyQuality.Host.Security;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

public sealed class NonconformanceGrpcService(IGrainFactory grains, CallerIdentity identity, TimeProvider clock) : V1.NonconformanceService.NonconformanceServiceBase
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public override async Task<V1.Nonconformance> RaiseNonconformance(V1.RaiseNonconformanceRequest request, ServerCallContext context)
    {
        RequestChecks.Creating(request.RequestId, ("oem_id", request.OemId), ("supplier_id", request.SupplierId));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanWriteOemQuality(caller, request.OemId), caller, $"raise NCRs for OEM {request.OemId}");
        var details = request.ToDomain() with { RaisedBy = caller.UserName };
        var view = await grains.GetGrain<INonconformanceGrain>(EntityIds.Nonconformance(request.OemId, request.RequestId)).Raise(details);
        return view.ToProto();
    }

    public override async Task<V1.RaiseNonconformancesResponse> RaiseNonconformances(V1.RaiseNonconformancesRequest request, ServerCallContext context)
    {
        BatchChecks.Envelope(request.OemId, "nonconformances", request.Nonconformances.Count);
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanWriteOemQuality(caller, request.OemId), caller, $"raise NCRs for OEM {request.OemId}");
        var now = clock.GetUtcNow();
        var raised = BatchChecks.Each(request.Nonconformances, "nonconformances", request.OemId, r => r.OemId, r =>
        {
            RequestChecks.Creating(r.RequestId, ("supplier_id", r.SupplierId));
            var details = r.ToDomain() with { OemId = request.OemId, RaisedBy = caller.UserName };
            details.Validate(now);
            return (Id: EntityIds.Nonconformance(request.OemId, r.RequestId), Details: details);
        });

        // Sourcing of every supplier and part first, so a missing link raises nothing at all.
        await Task.WhenAll(raised.Select(n => (n.Details.SupplierId, n.Details.PartNumber)).Distinct()
            .Select(link => grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(request.OemId, link.SupplierId)).RequireSourced(link.PartNumber)));
        // As a single raise does it (the NCR grain), but grouped: one index call per bucket, then one relation call per
        // relation, each one durable append. NCRs registered before are answered as they are.
        var fresh = raised.DistinctBy(n => n.Id).Select(n => new NonconformanceView(
            Nonconformance.Raise(n.Id, n.Details, now), [NonconformanceHistory.Raised(n.Details, now)])).ToList();
        var registered = new Dictionary<string, string>(StringComparer.Ordinal);
        var buckets = await Task.WhenAll(fresh.GroupBy(v => NonconformanceIndexBuckets.Of(v.Record.Id)).Select(async bucket =>
        {
            ImmutableArray<NonconformanceRegistration> entries = [.. bucket.Select(v => new NonconformanceRegistration(v.Record.Id, SupplierRelationKey.Of(v.Record)))];
            return (entries, Relations: await grains.GetGrain<INonconformanceIndexGrain>(bucket.Key).RegisterMany(entries));
        }));
        foreach (var (entries, relations) in buckets)
        {
            for (int i = 0; i < entries.Length; i++)
            {
                registered[entries[i].NonconformanceId] = relations[i];
            }
        }

        await Task.WhenAll(fresh.Where(v => registered[v.Record.Id] == SupplierRelationKey.Of(v.Record)).GroupBy(v => SupplierRelationKey.Of(v.Record))
            .Select(relation => grains.GetGrain<ISupplierRelationGrain>(relation.Key).RecordNewNonconformances([.. relation])));
        var answer = new V1.RaiseNonconformancesResponse();
        answer.NonconformanceIds.AddRange(raised.Select(n => n.Id));
        return answer;
    }

    public override async Task<V1.Nonconformance> GetNonconformance(V1.GetNonconformanceRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("nonconformance_id", request.NonconformanceId));
        var view = await ReadableNonconformance(grains, context.Caller(identity), request.NonconformanceId);
        return view.ToProto();
    }

    public override async Task<V1.Nonconformance> DisputeNonconformance(V1.DisputeNonconformanceRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("nonconformance_id", request.NonconformanceId));
        var caller = context.Caller(identity);
        var ncr = (await ReadableNonconformance(grains, caller, request.NonconformanceId)).Record;
        AccessCheck.Require(AccessRules.CanAnswerNonconformance(caller, ncr.Details.SupplierId), caller, $"dispute nonconformance {ncr.Id}");
        var view = await grains.GetGrain<INonconformanceGrain>(ncr.Id).Dispute(request.Reason, [.. request.EvidenceIds], caller.UserName);
        return view.ToProto();
    }

    public override async Task<V1.Nonconformance> ResolveNonconformanceDispute(V1.ResolveNonconformanceDisputeRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("nonconformance_id", request.NonconformanceId));
        var caller = context.Caller(identity);
        var ncr = (await ReadableNonconformance(grains, caller, request.NonconformanceId)).Record;
        AccessCheck.Require(AccessRules.CanWriteOemQuality(caller, ncr.Details.OemId), caller, $"resolve disputes of nonconformance {ncr.Id}");
        var view = await ResolveDisputeAsync(grains, ncr.Id, ProtoValues.Enum<DisputeDecision>(request.Decision), request.Reason, caller.UserName);
        return view.ToProto();
    }

    /// <summary>
    /// Resolves an NCR's dispute. The NCR grain tells its 8D of a withdrawal without waiting (the 8D calls its NCRs, so
    /// the NCR must not wait on the 8D); telling the 8D here too (idempotent) lets the caller read the 8D's new state
    /// right after the answer. The partner API and the workbench both resolve disputes through this.
    /// </summary>
    public static async Task<NonconformanceView> ResolveDisputeAsync(IGrainFactory grains, string ncrId, DisputeDecision decision, string reason, string actor)
    {
        var view = await grains.GetGrain<INonconformanceGrain>(ncrId).ResolveDispute(decision, reason, actor);
        if (view.Record is { IsWithdrawn: true, EightDId.Length: > 0 } withdrawn)
        {
            await grains.GetGrain<IEightDGrain>(withdrawn.EightDId).NoteNonconformanceWithdrawn(withdrawn.Id, reason, actor);
        }

        return view;
    }

    public override async Task<V1.Nonconformance> RespondToCost(V1.RespondToCostRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("nonconformance_id", request.NonconformanceId));
        var caller = context.Caller(identity);
        var ncr = (await ReadableNonconformance(grains, caller, request.NonconformanceId)).Record;
        AccessCheck.Require(AccessRules.CanAnswerNonconformance(caller, ncr.Details.SupplierId), caller, $"answer the cost of nonconformance {ncr.Id}");
        Money? proposed = request.ProposedAmount is { } m && (m.Amount.Length > 0 || m.Currency.Length > 0)
            ? ProtoValues.ToDomain(m, "proposed_amount")
            : null;
        var view = await grains.GetGrain<INonconformanceGrain>(ncr.Id)
            .RespondToCost(ProtoValues.Enum<CostDecision>(request.Decision), request.Reason, proposed, caller.UserName);
        return view.ToProto();
    }

    public override async Task<V1.Nonconformance> SettleCost(V1.SettleCostRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("nonconformance_id", request.NonconformanceId));
        var caller = context.Caller(identity);
        var ncr = (await ReadableNonconformance(grains, caller, request.NonconformanceId)).Record;
        AccessCheck.Require(AccessRules.CanWriteOemQuality(caller, ncr.Details.OemId), caller, $"settle the cost of nonconformance {ncr.Id}");
        if (request.Amount is not { } amount || (amount.Amount.Length == 0 && amount.Currency.Length == 0))
        {
            throw new InputValidationException("amount", "is required");
        }

        var view = await grains.GetGrain<INonconformanceGrain>(ncr.Id)
            .SettleCost(ProtoValues.ToDomain(amount, "amount"), request.Reason, caller.UserName);
        return view.ToProto();
    }

    /// <summary>
    /// The NCR if the caller may read it. An unknown id and another party's id get the same PERMISSION_DENIED,
    /// so nobody learns whether someone else's record exists.
    /// </summary>
    public static async Task<NonconformanceView> ReadableNonconformance(IGrainFactory grains, Caller caller, string id)
    {
        NonconformanceView? view = null;
        try
        {
            view = await grains.GetGrain<INonconformanceGrain>(id).Get();
        }
        catch (EntityNotFoundException)
        {
        }

        var details = view?.Record.Details;
        AccessCheck.Require(details is not null && AccessRules.CanReadRelation(caller, details.OemId, details.SupplierId), caller, $"read nonconformance {id} (or it does not exist)");
        return view!;
    }

    public override async Task<V1.ListNonconformancesResponse> ListNonconformances(V1.ListNonconformancesRequest request, ServerCallContext context)
    {
        var check = new InputRules.Checker();
        check.Id("oem_id", request.OemId);
        if (request.SupplierId.Length > 0)
        {
            check.Id("supplier_id", request.SupplierId);
        }

        check.Rule(request.PageSize is >= 0 and <= MaxPageSize, "page_size", $"must be between 1 and {MaxPageSize} (0 means {DefaultPageSize})");
        check.ThrowIfInvalid();
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanReadScope(caller, request.OemId, request.SupplierId), caller, $"list NCRs of OEM {request.OemId} {request.SupplierId}".TrimEnd());

        var oem = grains.GetGrain<IOemGrain>(request.OemId);
        _ = await oem.GetProfile();
        int pageSize = request.PageSize == 0 ? DefaultPageSize : request.PageSize;
        // One more than asked: tells whether another page follows.
        var query = new NonconformanceQuery(
            request.PartNumber,
            ProtoValues.Enum<NonconformanceStatus>(request.Status),
            ProtoValues.Enum<Severity>(request.Severity),
            PageToken.Decode(request.PageToken),
            pageSize + 1);
        var found = request.SupplierId.Length > 0
            ? await grains.GetGrain<ISupplierRelationGrain>(SupplierRelationKey.Of(request.OemId, request.SupplierId)).ListNonconformances(query)
            : await oem.ListNonconformances(query);

        var response = new V1.ListNonconformancesResponse();
        response.Nonconformances.AddRange(found.Take(pageSize).Select(n => n.ToProto()));
        if (found.Length > pageSize)
        {
            var last = found[pageSize - 1];
            response.NextPageToken = PageToken.Encode(new NonconformancePosition(last.Details.DetectedAt, last.Id));
        }

        return response;
    }
}
