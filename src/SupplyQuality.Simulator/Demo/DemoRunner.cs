using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator.Driving;
using SupplyQuality.Simulator.Generation;
using SupplyQuality.Simulator.Scenario;
using SupplyQuality.Simulator.Tokens;

namespace SupplyQuality.Simulator.Demo;

/// <summary>
/// <c>sq-sim demo</c>: registers what the demo directory lacks, sends the demo history once more (it is idempotent),
/// then keeps a little activity going until it is stopped; 8Ds play out in the background on the shrunk clock.
/// </summary>
internal sealed class DemoRunner(DemoSettings settings, CallInvoker invoker, HubCredentials credentials, TextWriter output)
{
    private static readonly TimeSpan StatusEvery = TimeSpan.FromMinutes(1);

    public SendStatistics Statistics { get; } = new();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var scenario = ScenarioPresets.Demo with { Seed = settings.Seed };
        var chain = SupplyChainGenerator.Generate(scenario, SupplyChainGenerator.DefaultAsOf(DateTimeOffset.UtcNow));
        var driver = new LoadDriver(invoker, credentials, new LoadOptions { Callers = settings.Callers, RegisterOnlyMissing = true, GiveUpAfterUnanswered = 0 }, Statistics);
        var policy = settings.SetPolicy ? ShrunkPolicy() : null;
        await driver.RegisterDirectoryAsync(chain.Directory, policy, cancellationToken);
        long already = Statistics[RequestKind.RegisterOem].Skipped + Statistics[RequestKind.RegisterSupplier].Skipped + Statistics[RequestKind.RegisterPart].Skipped;
        await Say($"directory: {chain.Directory.Oems.Count} OEMs, {chain.Directory.Suppliers.Count} suppliers, {chain.Directory.Parts.Count} parts ({already} already registered)" +
            (policy is null ? "" : string.Create(CultureInfo.InvariantCulture, $"; 8D due dates at the demo's pace (x{settings.TimeScale:0}): containment {policy.ContainmentDue.ToTimeSpan():g}, root cause {policy.RootCauseDue.ToTimeSpan():g}, closure {policy.ClosureDue.ToTimeSpan():g}")));
        if (settings.LoadHistory)
        {
            await driver.SendHistoryAsync(chain, cancellationToken);
            long done = Statistics[RequestKind.SubmitDiscipline].Skipped + Statistics[RequestKind.ReviewDiscipline].Skipped;
            await Say($"history: {ProgressLine()}" + (done > 0 ? $" ({done} 8D steps already done)" : ""));
        }

        var levels = chain.Escalations
            .GroupBy(e => (e.Request.OemId, e.Request.SupplierId))
            .ToDictionary(g => g.Key, g => g.Last().Request.Level);
        string runKey = DateTimeOffset.UtcNow.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);
        var planner = new DemoActivityPlanner(chain.Directory, settings.Seed, runKey, settings.TimeScale, levels);
        var eightDs = new List<Task>();
        var lastStatus = DateTimeOffset.UtcNow;
        await Say($"live: a lot every {settings.Interval:g}, NCRs, 8Ds and escalations (run {runKey}); Ctrl-C or SIGTERM stops");
        using var timer = new PeriodicTimer(settings.Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                foreach (var action in planner.Tick(DateTimeOffset.UtcNow))
                {
                    await ActAsync(driver, chain.Directory, action, eightDs, cancellationToken);
                }

                eightDs.RemoveAll(t => t.IsCompleted);
                if (DateTimeOffset.UtcNow - lastStatus >= StatusEvery)
                {
                    lastStatus = DateTimeOffset.UtcNow;
                    await Say($"{ProgressLine()}; {eightDs.Count} 8D(s) in progress");
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        // The 8Ds under way stop at their next wait; nothing is half-sent.
        try
        {
            await Task.WhenAll(eightDs);
        }
        catch (OperationCanceledException)
        {
        }

        await Say($"stopped: {ProgressLine()}");
    }

    private EightDPolicy ShrunkPolicy() => new()
    {
        ContainmentDue = Duration.FromTimeSpan(Shrink(EightDScriptWriter.ContainmentDue)),
        RootCauseDue = Duration.FromTimeSpan(Shrink(EightDScriptWriter.RootCauseDue)),
        ClosureDue = Duration.FromTimeSpan(Shrink(EightDScriptWriter.ClosureDue)),
    };

    private TimeSpan Shrink(TimeSpan span) => TimeSpan.FromSeconds(Math.Max(1, Math.Round(span.TotalSeconds / settings.TimeScale)));

    private async Task ActAsync(LoadDriver driver, SupplyChainDirectory directory, DemoAction action, List<Task> eightDs, CancellationToken ct)
    {
        if (action.Receipt is { } receipt)
        {
            Statistics[RequestKind.RecordReceipt].Plan(1);
            await driver.SendReceiptAsync(directory, receipt, ct);
        }

        if (action.Nonconformance is { } nonconformance)
        {
            Statistics[RequestKind.RaiseNonconformance].Plan(1);
            string? id = await driver.SendNonconformanceAsync(directory, nonconformance, ct);
            if (id is not null && action.EightD is { } plan)
            {
                eightDs.Add(PlayEightDAsync(driver, directory, plan, id, ct));
            }
        }

        if (action.Escalation is { } escalation)
        {
            Statistics[RequestKind.SetEscalation].Plan(1);
            await driver.SendEscalationAsync(directory, escalation, ct);
        }
    }

    /// <summary>Requests the 8D and plays its steps, each at its time on the shrunk clock.</summary>
    private async Task PlayEightDAsync(LoadDriver driver, SupplyChainDirectory directory, EightDPlan plan, string nonconformanceId, CancellationToken ct)
    {
        try
        {
            await Until(plan.RequestedAt, ct);
            Statistics[RequestKind.RequestEightD].Plan(1);
            var report = await driver.RequestEightDAsync(directory, plan, [nonconformanceId], ct);
            foreach (var step in plan.Steps)
            {
                if (report is null)
                {
                    return;
                }

                await Until(step.At, ct);
                Statistics[step.Kind].Plan(1);
                report = await driver.PlayStepsAsync(directory, plan, [step], report, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private static async Task Until(DateTimeOffset at, CancellationToken ct)
    {
        var wait = at - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, ct);
        }
    }

    private string ProgressLine()
    {
        string Count(RequestKind kind, string what)
        {
            var k = Statistics[kind];
            return string.Create(CultureInfo.InvariantCulture, $"{k.Acknowledged} {what}{(k.Failed > 0 ? $" ({k.Failed} failed)" : "")}");
        }

        return string.Join(", ",
            Count(RequestKind.RecordReceipt, "receipts"),
            Count(RequestKind.RaiseNonconformance, "NCRs"),
            Count(RequestKind.RequestEightD, "8Ds requested"),
            Count(RequestKind.SubmitDiscipline, "8D answers"),
            Count(RequestKind.ReviewDiscipline, "reviews"),
            Count(RequestKind.SetEscalation, "escalations"));
    }

    private async Task Say(string line) =>
        await output.WriteLineAsync($"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z sq-sim demo: {line}");
}
