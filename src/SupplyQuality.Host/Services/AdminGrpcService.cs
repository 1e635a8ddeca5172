using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Orleans.Runtime;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Consistency;
using SupplyQuality.Host.Operations;
using SupplyQuality.Host.Security;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

/// <summary>Operators' calls: cluster status and the consistency check. Platform administrators only.</summary>
public sealed class AdminGrpcService(
    IGrainFactory grains,
    ILocalSiloDetails localSilo,
    ConsistencyChecker checker,
    CallerIdentity identity) : V1.AdminService.AdminServiceBase
{
    public override async Task<V1.ConsistencyReport> CheckConsistency(V1.CheckConsistencyRequest request, ServerCallContext context)
    {
        if (request.OemId.Length > 0)
        {
            RequestChecks.Ids(("oem_id", request.OemId));
        }

        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanManageDirectory(caller), caller, "check consistency");
        var report = await checker.CheckAsync(request.OemId.Length > 0 ? request.OemId : null, request.Repair, context.CancellationToken);
        var answer = new V1.ConsistencyReport
        {
            RelationsChecked = report.RelationsChecked,
            NonconformancesChecked = report.NonconformancesChecked,
            EightDsChecked = report.EightDsChecked,
            ReceiptsChecked = report.ReceiptsChecked,
            RelationsRepaired = report.RelationsRepaired,
        };
        answer.Differences.AddRange(report.Differences.Select(ToProto));
        answer.Remaining.AddRange(report.Remaining.Select(ToProto));
        return answer;
    }

    public override async Task<V1.ClusterStatus> GetCluster(V1.GetClusterRequest request, ServerCallContext context)
    {
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanManageDirectory(caller), caller, "read the cluster status");
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false);
        var active = hosts.Where(h => h.Status == SiloStatus.Active).Select(h => h.SiloAddress).ToArray();
        var statistics = active.Length == 0 ? [] : await management.GetRuntimeStatistics(active);
        var answer = new V1.ClusterStatus { AnsweredBy = localSilo.SiloAddress.ToParsableString() };
        foreach (var host in hosts.OrderBy(h => h.SiloName, StringComparer.Ordinal))
        {
            int index = Array.IndexOf(active, host.SiloAddress);
            answer.Silos.Add(new V1.Silo
            {
                Address = host.SiloAddress.ToParsableString(),
                Name = host.SiloName,
                Status = host.Status.ToString().ToUpperInvariant(),
                StartedAt = Timestamp.FromDateTime(DateTime.SpecifyKind(host.StartTime, DateTimeKind.Utc)),
                Activations = index >= 0 ? statistics[index].ActivationCount : 0,
            });
        }

        return answer;
    }

    private static V1.ConsistencyDifference ToProto(ConsistencyDifference d) => new()
    {
        Relation = d.Relation,
        Rule = d.Rule,
        Subject = d.Subject,
        Expected = d.Expected,
        Actual = d.Actual,
    };
}
