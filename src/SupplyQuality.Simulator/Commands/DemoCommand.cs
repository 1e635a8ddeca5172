using System.CommandLine;
using SupplyQuality.Simulator.Demo;
using SupplyQuality.Simulator.Driving;
using SupplyQuality.Simulator.Generation;
using SupplyQuality.Simulator.Tokens;

namespace SupplyQuality.Simulator.Commands;

/// <summary><c>sq-sim demo</c>: the demo supply chain, kept moving gently until Ctrl-C or SIGTERM.</summary>
internal static class DemoCommand
{
    public static Command Build(SimulatorContext context)
    {
        var interval = new Option<TimeSpan>("--interval") { Description = "Time between lots", DefaultValueFactory = _ => TimeSpan.FromSeconds(3) };
        var timeScale = new Option<double>("--time-scale")
        {
            Description = "Simulated time per real time for 8Ds: 720 plays a day in two minutes",
            DefaultValueFactory = _ => 720,
        };
        var keepPolicy = new Option<bool>("--keep-policy") { Description = "Leave the demo OEMs' 8D due dates as they are (late answers then take days to show)" };
        var noHistory = new Option<bool>("--no-history") { Description = "Do not send the demo history first" };
        var callers = new Option<int>("--callers") { Description = "Concurrent callers for the history", DefaultValueFactory = _ => 4 };
        var wait = new Option<TimeSpan>("--wait") { Description = "How long to wait for the hub to answer first", DefaultValueFactory = _ => TimeSpan.FromMinutes(5) };
        var command = new Command("demo", "Register the demo supply chain if missing, then keep sending a little activity until stopped")
        {
            context.SeedOption, interval, timeScale, keepPolicy, noHistory, callers, wait,
        };
        context.AddConnectionOptions(command);
        interval.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<TimeSpan>() < TimeSpan.FromMilliseconds(100))
            {
                r.AddError("--interval must be at least 00:00:00.1.");
            }
        });
        timeScale.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 1 or > 100_000)
            {
                r.AddError("--time-scale must be between 1 and 100000.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            if (!context.HasAnyCredentials(parse))
            {
                await context.Error.WriteLineAsync($"error: no credentials: give --dev-key (or set {SimulatorContext.DevelopmentKeyVariable}), or tokens");
                return 2;
            }

            string hub = parse.GetRequiredValue(context.HubOption);
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
                var credentials = context.Credentials(parse);
                var invoker = channel.CreateCallInvoker();
                try
                {
                    string? probeToken = credentials.TokenFor(PartyRole.Administrator, SimulatorParties.Platform, SimulatorParties.Administrator);
                    if (!await HubReadiness.WaitAsync(invoker, probeToken, parse.GetValue(wait), context.Output, ct))
                    {
                        await context.Error.WriteLineAsync($"error: the hub at {hub} does not answer");
                        return 1;
                    }

                    var settings = new DemoSettings(parse.GetValue(context.SeedOption), parse.GetValue(interval), parse.GetValue(timeScale), !parse.GetValue(keepPolicy), !parse.GetValue(noHistory), Math.Max(1, parse.GetValue(callers)));
                    await new DemoRunner(settings, invoker, credentials, context.Output).RunAsync(ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    await context.Output.WriteLineAsync("sq-sim demo: stopped");
                }

                return 0;
            }
        });
        return command;
    }
}
