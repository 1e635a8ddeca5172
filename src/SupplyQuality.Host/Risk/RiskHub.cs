using Microsoft.AspNetCore.SignalR;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;

namespace SupplyQuality.Host.Risk;

/// <summary>
/// The live board's hub (<c>/hubs/risk</c>). A board subscribes to an OEM or to one supplier and gets the snapshot
/// as the answer; it has joined the group before the snapshot is read, so no change in between is missed. Changes
/// arrive as <c>scorecardsChanged</c>. Answers are the proto3 JSON of the partner API's messages.
/// </summary>
public sealed class RiskHub(ScorecardQueries queries, IGrainFactory grains, TimeProvider clock) : Hub
{
    private const string GroupsKey = "groups";

    public Task<string> ListOems() => Answer(async () => ProtoJson.Format(await queries.ListOems()));

    public Task<string> SubscribeOem(string oemId) => Answer(async () =>
    {
        RequireIds(("oem_id", oemId));
        await Join(RiskBroadcaster.OemGroup(oemId));
        return ProtoJson.Format(await queries.RiskBoard(oemId));
    });

    public Task<string> SubscribeSupplier(string oemId, string supplierId) => Answer(async () =>
    {
        RequireIds(("oem_id", oemId), ("supplier_id", supplierId));
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
        return ProtoJson.Format(await queries.SupplierDetail(oemId, supplierId));
    });

    public Task<string> GetNonconformance(string nonconformanceId) => Answer(async () =>
    {
        RequireIds(("nonconformance_id", nonconformanceId));
        return ProtoJson.Format((await grains.GetGrain<INonconformanceGrain>(nonconformanceId).Get()).ToProto());
    });

    public Task<string> GetEightD(string eightDId) => Answer(async () =>
    {
        RequireIds(("eight_d_id", eightDId));
        return ProtoJson.Format((await grains.GetGrain<IEightDGrain>(eightDId).Get()).ToProto(clock.GetUtcNow()));
    });

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
    private static async Task<string> Answer(Func<Task<string>> read)
    {
        try
        {
            return await read();
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
