using System.CommandLine;
using SupplyQuality.Simulator.Driving;
using SupplyQuality.Simulator.Generation;
using SupplyQuality.Simulator.Output;
using SupplyQuality.Simulator.Tokens;

namespace SupplyQuality.Simulator.Commands;

/// <summary><c>sq-sim load</c>: generates a scenario and sends it at full speed, with progress and a final report.</summary>
internal static class LoadCommand
{
    public static Command Build(SimulatorContext context)
    {
        var scenario = new ScenarioOptions(context);
        var callers = new Option<int>("--callers") { Description = "Concurrent callers", DefaultValueFactory = _ => 32 };
        var bulk = new Option<bool>("--bulk") { Description = "Send receipts and NCRs with the batch RPCs (RecordReceipts, RaiseNonconformances)" };
        var batchSize = new Option<int>("--batch-size") { Description = "Requests per batch call, 1 to 1000", DefaultValueFactory = _ => 500 };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the report as JSON to this file" };
        var wait = new Option<TimeSpan>("--wait") { Description = "How long to wait for the hub to answer first", DefaultValueFactory = _ => TimeSpan.FromSeconds(30) };
        var progressEvery = new Option<TimeSpan>("--progress-every") { Description = "Progress line interval when the output is not a terminal", DefaultValueFactory = _ => TimeSpan.FromSeconds(5) };
        var command = new Command("load", "Generate a supply chain and send it to the hub at full speed") { callers, bulk, batchSize, json, wait, progressEvery };
        scenario.AddTo(command);
        context.AddConnectionOptions(command);
        callers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1024)
            {
                r.AddError("--callers must be between 1 and 1024.");
            }
        });
        batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError("--batch-size must be between 1 and 1000.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var (chosen, asOf, problems) = scenario.Read(parse);
            if (chosen is null)
            {
                foreach (var problem in problems)
                {
                    await context.Error.WriteLineAsync("error: " + problem);
                }

                return 2;
            }

            if (!context.HasAnyCredentials(parse))
            {
                await context.Error.WriteLineAsync($"error: no credentials: give --dev-key (or set {SimulatorContext.DevelopmentKeyVariable}) for a hub in Development, or --token-admin, --token-oem and --token-supplier");
                return 2;
            }

            string hub = parse.GetRequiredValue(context.HubOption);
            var options = new LoadOptions { Callers = parse.GetValue(callers), Bulk = parse.GetValue(bulk), BatchSize = parse.GetValue(batchSize) };
            var chain = SupplyChainGenerator.Generate(chosen, asOf);
            await context.Output.WriteLineAsync($"{chain.Scenario.Describe()}: {chain.RequestCount:N0} requests");
            var credentials = context.Credentials(parse);
            Grpc.Net.Client.GrpcChannel channel;
            try
            {
                channel = SimulatorContext.Connect(hub);
            }
            catch (Exception e) when (e is UriFormatException or ArgumentException)
            {
                await context.Error.WriteLineAsync($"error: --hub: {e.Message}");
                return 2;
            }

            using (channel)
            {
                var invoker = channel.CreateCallInvoker();
                string? probeToken = credentials.TokenFor(PartyRole.Administrator, SimulatorParties.Platform, SimulatorParties.Administrator)
                    ?? credentials.TokenFor(PartyRole.OemQualityEngineer, chain.Directory.Oems[0].Id, chain.Directory.Oems[0].QualityEngineer);
                if (!await HubReadiness.WaitAsync(invoker, probeToken, parse.GetValue(wait), context.Output, ct))
                {
                    await context.Error.WriteLineAsync($"error: the hub at {hub} does not answer");
                    return 1;
                }

                var started = DateTimeOffset.UtcNow;
                var driver = new LoadDriver(invoker, credentials, options);
                bool interrupted = false;
                bool hubLost = false;
                try
                {
                    await ProgressDisplay.RunAsync(driver.RunAsync(chain, ct), driver.Statistics, context.Console, context.Output, context.IsTerminal, parse.GetValue(progressEvery));
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    interrupted = true;
                }
                catch (HubUnavailableException e)
                {
                    hubLost = true;
                    await context.Error.WriteLineAsync("error: " + e.Message);
                }

                var report = LoadReport.From("load", chain, hub, options, started, driver.Statistics, interrupted || hubLost);
                ReportRenderer.Render(context.Console, report);
                if (parse.GetValue(json) is { } file)
                {
                    await ReportRenderer.WriteJsonAsync(file.FullName, report, CancellationToken.None);
                    await context.Output.WriteLineAsync($"report written to {file.FullName}");
                }

                return interrupted ? 130 : report.Failed > 0 || hubLost ? 1 : 0;
            }
        });
        return command;
    }
}
