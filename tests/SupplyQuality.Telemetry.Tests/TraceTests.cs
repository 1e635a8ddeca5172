using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using SupplyQuality.Contracts.V1;
using SupplyQuality.EndToEnd.Tests;
using Xunit.Abstractions;

namespace SupplyQuality.Telemetry.Tests;

/// <summary>
/// What the README promises operators: traces run from the gRPC request through the Orleans grain calls to the Azure
/// Storage requests. An in-memory exporter in the hub's own trace pipeline sees one trace for an RPC.
/// </summary>
public sealed class TraceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly SpanCollection _spans = new();
    private readonly DevelopmentTokens _tokens = new();
    private AzuriteProcess? _storage;
    private InProcessHub? _hub;
    private GrpcChannel? _channel;

    public async Task InitializeAsync()
    {
        _storage = await AzuriteProcess.StartAsync();
        _hub = new InProcessHub(_storage, _tokens, _spans);
        _channel = _hub.Channel();
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }

    private CallInvoker As(string organisation, string kind, string role) =>
        _channel!.Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + _tokens.Mint(organisation, kind, role));
            return metadata;
        });

    private static CallOptions Call => new(deadline: DateTime.UtcNow.AddSeconds(30));

    [Fact]
    public async Task One_trace_runs_from_the_RPC_through_the_grains_to_the_log_append()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        string oem = "OEM-" + suffix, supplier = "SUP-" + suffix, part = "P-" + suffix;
        var directory = new DirectoryService.DirectoryServiceClient(As("PLATFORM", "platform", "administrator"));
        await directory.RegisterOemAsync(new RegisterOemRequest { RequestId = "oem", OemId = oem, Name = "Trace OEM" }, Call);
        await directory.RegisterSupplierAsync(new RegisterSupplierRequest { RequestId = "sup", SupplierId = supplier, Name = "Trace supplier" }, Call);
        await directory.RegisterPartAsync(new RegisterPartRequest { RequestId = "part", PartNumber = part, Description = "Housing" }, Call);
        await directory.AddSourcingAsync(new AddSourcingRequest { RequestId = "src", OemId = oem, SupplierId = supplier, PartNumber = part }, Call);

        var ncrs = new NonconformanceService.NonconformanceServiceClient(As(oem, "oem", "oem_quality_engineer"));
        var raised = await ncrs.RaiseNonconformanceAsync(
            new RaiseNonconformanceRequest
            {
                RequestId = "trace-1",
                OemId = oem,
                SupplierId = supplier,
                PartNumber = part,
                LotNumber = "LOT-1",
                DefectiveQuantity = 3,
                DefectCode = "DIM-OOT",
                Severity = Severity.Major,
                DetectionPoint = DetectionPoint.IncomingInspection,
                Description = "Bore oversize",
                DetectedAt = Timestamp.FromDateTime(DateTime.UtcNow.AddHours(-1)),
            },
            Call);
        Assert.False(string.IsNullOrEmpty(raised.NonconformanceId));

        // Spans are exported as they end; the request's own span ends just after the answer is sent.
        IReadOnlyList<Activity> trace = [];
        Activity? rpc = null, grainCall = null, blobWrite = null;
        var until = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < until)
        {
            var all = _spans.Snapshot();
            rpc = all.SingleOrDefault(IsRaiseNonconformanceRequest);
            if (rpc is not null)
            {
                trace = [.. all.Where(s => s.TraceId == rpc.TraceId)];
                grainCall = trace.FirstOrDefault(s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) && s.DisplayName.Contains("INonconformanceGrain", StringComparison.Ordinal));
                // The NCR is durable in a partition-log block: an append-blob append under the grain call.
                blobWrite = trace.FirstOrDefault(s => s.Source.Name.StartsWith("Azure.Storage.Blobs", StringComparison.Ordinal) && s.DisplayName.EndsWith(".AppendBlock", StringComparison.Ordinal) && Descends(s, grainCall, trace));
                if (grainCall is not null && blobWrite is not null)
                {
                    break;
                }
            }

            await Task.Delay(100);
        }

        foreach (var span in trace.OrderBy(s => s.StartTimeUtc))
        {
            output.WriteLine($"{span.SpanId} <- {span.ParentSpanId} {span.Kind,-8} {span.Source.Name,-40} {span.DisplayName}");
        }

        Assert.True(rpc is not null, "no server span for RaiseNonconformance; spans seen:\n" + string.Join("\n", _spans.Snapshot().Select(s => $"{s.Source.Name} {s.DisplayName}")));
        Assert.Equal(ActivityKind.Server, rpc.Kind);
        Assert.True(grainCall is not null, "no Orleans span for INonconformanceGrain in the RPC's trace");
        Assert.True(Descends(grainCall, rpc, trace), "the grain call is not under the RPC's span");
        Assert.True(blobWrite is not null, "no append-blob append under the grain call in the RPC's trace");
        Assert.Contains(trace, s => s.Source.Name == "Azure.Core.Http" && Descends(s, blobWrite, trace) && s.GetTagItem("http.request.method") is "PUT");
    }

    /// <summary>The server span of the RaiseNonconformance call (not the batch RaiseNonconformances).</summary>
    private static bool IsRaiseNonconformanceRequest(Activity span) =>
        span.Kind == ActivityKind.Server
        && span.Source.Name == "Microsoft.AspNetCore"
        && (span.GetTagItem("url.path") as string)?.EndsWith("/supplyquality.v1.NonconformanceService/RaiseNonconformance", StringComparison.Ordinal) == true;

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="span"/>'s parent, or its parent's, and so on, within the trace.</summary>
    private static bool Descends(Activity span, Activity? ancestor, IReadOnlyList<Activity> trace)
    {
        if (ancestor is null)
        {
            return false;
        }

        var byId = trace.ToDictionary(s => s.SpanId);
        for (var current = span; byId.TryGetValue(current.ParentSpanId, out var parent); current = parent)
        {
            if (parent.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}
