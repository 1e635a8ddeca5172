using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Orleans.Runtime;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Consistency;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Host.Archive;
using SupplyQuality.Host.Operations;
using SupplyQuality.Host.Security;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

/// <summary>Operators' calls: cluster status and the consistency check. Platform administrators only.</summary>
public sealed class AdminGrpcService(
    IGrainFactory grains,
    ILocalSiloDetails localSilo,
    ConsistencyChecker checker,
    OemArchiveExporter exporter,
    OemArchiveImporter importer,
    CallerIdentity identity) : V1.AdminService.AdminServiceBase
{
    private const int ChunkBytes = 256 * 1024;

    public override async Task ExportOemArchive(V1.ExportOemArchiveRequest request, IServerStreamWriter<V1.ArchiveChunk> responseStream, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanExportOem(caller, request.OemId), caller, $"export the archive of OEM {request.OemId}");
        // Spooled to a temporary file: the archive may be large, and a failure must not leave a half-sent stream.
        await using var spool = TemporaryFile();
        await exporter.WriteAsync(request.OemId, spool, context.CancellationToken);
        spool.Position = 0;
        var buffer = new byte[ChunkBytes];
        int read;
        while ((read = await spool.ReadAsync(buffer, context.CancellationToken)) > 0)
        {
            await responseStream.WriteAsync(new V1.ArchiveChunk { Data = Google.Protobuf.ByteString.CopyFrom(buffer, 0, read) }, context.CancellationToken);
        }
    }

    public override async Task<V1.ImportOemArchiveResponse> ImportOemArchive(IAsyncStreamReader<V1.ArchiveChunk> requestStream, ServerCallContext context)
    {
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanManageDirectory(caller), caller, "import OEM archives");
        await using var spool = TemporaryFile();
        await foreach (var chunk in requestStream.ReadAllAsync(context.CancellationToken))
        {
            if (spool.Length + chunk.Data.Length > OemArchiveFormat.MaxArchiveBytes)
            {
                throw new InputValidationException("archive", $"must not exceed {OemArchiveFormat.MaxArchiveBytes} bytes");
            }

            chunk.Data.WriteTo(spool);
        }

        spool.Position = 0;
        var result = await importer.ImportAsync(spool, context.CancellationToken);
        return new V1.ImportOemArchiveResponse
        {
            OemId = result.OemId,
            Suppliers = result.Suppliers,
            Parts = result.Parts,
            Relations = result.Relations,
            LedgerEvents = result.LedgerEvents,
            Nonconformances = result.Nonconformances,
            EightDs = result.EightDs,
        };
    }

    private static FileStream TemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), "sq-archive-" + Guid.NewGuid().ToString("N")),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        81920,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);

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
