using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Telemetry;
using SupplyQuality.Host.Mapping;
using SupplyQuality.Host.Security;
using SupplyQuality.Host.Services;

namespace SupplyQuality.Host.Risk;

/// <summary>
/// The live board's hub (<c>/hubs/risk</c>). A board subscribes to an OEM or to one supplier and gets the snapshot
/// as the answer; it has joined the group before the snapshot is read, so no change in between is missed. Changes
/// arrive as <c>scorecardsChanged</c>. Answers are the proto3 JSON of the partner API's messages.
/// A bearer token (partners' boards, board links with <c>#token=</c>) or a signed-in browser's session cookie.
/// </summary>
[Authorize(Policy = WebAuthentication.BrowserOrTokenPolicy)]
public sealed class RiskHub(ScorecardQueries queries, IGrainFactory grains, TimeProvider clock, CallerIdentity identity, ILoggerFactory loggers) : Hub
{
    private const string GroupsKey = "groups";

    public override Task OnConnectedAsync()
    {
        QualityMetrics.BoardConnected();
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        QualityMetrics.BoardDisconnected();
        return base.OnDisconnectedAsync(exception);
    }

    public Task<string> ListOems() => Answer(async () => ProtoJson.Format(await queries.ListOems(Caller)));

    public Task<string> SubscribeOem(string oemId) => Answer(async () =>
    {
        RequireIds(("oem_id", oemId));
        AccessCheck.Require(AccessRules.CanReadOemQuality(Caller, oemId), Caller, $"watch the board of OEM {oemId}");
        await Join(RiskBroadcaster.OemGroup(oemId));
        return ProtoJson.Format(await queries.RiskBoard(oemId));
    });

    public Task<string> SubscribeSupplier(string oemId, string supplierId) => Answer(async () =>
    {
        RequireIds(("oem_id", oemId), ("supplier_id", supplierId));
        AccessCheck.Require(AccessRules.CanReadRelation(Caller, oemId, supplierId), Caller, $"watch OEM {oemId} and supplier {supplierId}");
        await Join(RiskBroadcaster.SupplierGroup(oemId, supplierId));
        return ProtoJson.Format(await queries.RiskBoard(oemId, supplierId));
    });

    public async Task Unsubscribe()
    {
        foreach (var group in JoinedGroups())
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        }

        JoinedGroups().Clear();
    }

    public Task<string> GetSupplierDetail(string oemId, string supplierId) => Answer(async () =>
    {
        RequireIds(("oem_id", oemId), ("supplier_id", supplierId));
        AccessCheck.Require(AccessRules.CanReadRelation(Caller, oemId, supplierId), Caller, $"read OEM {oemId} and supplier {supplierId}");
        return ProtoJson.Format(await queries.SupplierDetail(oemId, supplierId));
    });

    public Task<string> GetNonconformance(string nonconformanceId) => Answer(async () =>
    {
        RequireIds(("nonconformance_id", nonconformanceId));
        return ProtoJson.Format((await NonconformanceGrpcService.ReadableNonconformance(grains, Caller, nonconformanceId)).ToProto());
    });

    public Task<string> GetEightD(string eightDId) => Answer(async () =>
    {
        RequireIds(("eight_d_id", eightDId));
        return ProtoJson.Format((await EightDGrpcService.ReadableEightD(grains, Caller, eightDId)).ToProto(clock.GetUtcNow()));
    });

    private Caller Caller => identity.From(Context.User!);

    private static void RequireIds(params (string Field, string Value)[] ids)
    {
        var check = new InputRules.Checker();
        foreach (var (field, value) in ids)
        {
            check.Id(field, value);
        }

        check.ThrowIfInvalid();
    }

    /// <summary>Domain refusals reach the browser with their message; anything else stays a generic hub error.</summary>
    private async Task<string> Answer(Func<Task<string>> read)
    {
        try
        {
            return await read();
        }
        catch (AccessDeniedException e)
        {
            AuditLog.Denied(loggers.CreateLogger(AuditLog.Category), Caller, "hub " + (Context.GetHttpContext()?.Request.Path ?? "/hubs/risk"), e.Message);
            throw new HubException("permission denied: " + e.Message);
        }
        catch (Exception e) when (e is InputValidationException or EntityNotFoundException or WorkflowRuleException)
        {
            throw new HubException(e.Message);
        }
    }

    private async Task Join(string group)
    {
        if (JoinedGroups().Add(group))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }
    }

    private HashSet<string> JoinedGroups()
    {
        if (Context.Items.TryGetValue(GroupsKey, out var value) && value is HashSet<string> groups)
        {
            return groups;
        }

        var created = new HashSet<string>(StringComparer.Ordinal);
        Context.Items[GroupsKey] = created;
        return created;
    }
}
