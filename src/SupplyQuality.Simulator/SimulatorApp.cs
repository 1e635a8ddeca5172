using System.CommandLine;
using Spectre.Console;
using SupplyQuality.Simulator.Commands;

namespace SupplyQuality.Simulator;

/// <summary>The entry point of <c>sq-sim</c>, callable in-process (the end-to-end tests capture its output this way).</summary>
public static class SimulatorApp
{
    /// <summary>
    /// Runs <c>sq-sim</c> with <paramref name="args"/>. Exit codes: 0 success, 1 failures (requests the hub refused,
    /// a hub that does not answer), 2 usage error, 130 stopped before the end of a load.
    /// </summary>
    /// <param name="environment">Looks up SQ_HUB and Auth__DevelopmentSigningKey; the process environment when null.</param>
    /// <param name="cancellationToken">Stops the command cleanly (the program cancels it on Ctrl-C and SIGTERM).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        environment ??= Environment.GetEnvironmentVariable;
        bool isTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = isTerminal ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        });
        if (!isTerminal)
        {
            // Not a terminal: wide enough that report tables are never wrapped.
            console.Profile.Width = 200;
        }

        var context = new SimulatorContext(output, error, console, environment, isTerminal);
        var root = new RootCommand("sq-sim: generates a realistic supply chain and sends it to the SupplyQuality hub through its gRPC API.")
        {
            LoadCommand.Build(context),
            DemoCommand.Build(context),
            PlanCommand.Build(context),
            PlanCommand.BuildPresets(context),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync("error: " + parseError.Message);
            }

            await error.WriteLineAsync("Run 'sq-sim --help' for usage.");
            return 2;
        }

        // The program turns Ctrl-C and SIGTERM into the cancellation token itself; System.CommandLine must not also.
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null }, cancellationToken);
    }
}
