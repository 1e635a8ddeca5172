using System.CommandLine;
using System.Globalization;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using SupplyQuality.Contracts.Client;
using Spectre.Console;

namespace SupplyQuality.Cli;

/// <summary>The entry point of <c>sq</c>, callable in-process (the end-to-end tests capture its output this way).</summary>
public static class SqCli
{
    public const string DefaultHub = "http://127.0.0.1:5081";

    /// <summary>Runs <c>sq</c> with <paramref name="args"/>. Exit codes: 0 success, 1 failure (hub error, bad data), 2 usage error.</summary>
    /// <param name="environment">Looks up SQ_HUB and SQ_TOKEN; the process environment when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        bool isTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        if (!isTerminal)
        {
            // Not a terminal: wide enough that ids are never wrapped inside table cells.
            console.Profile.Width = 240;
        }

        var context = new CliContext(output, error, console, environment) { IsTerminal = isTerminal };
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync("error: " + parseError.Message);
            }

            await error.WriteLineAsync("Run 'sq --help' for usage.");
            return 2;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("sq: command-line tool for the SupplyQuality hub (NCRs, 8Ds, scorecards, CSV imports and exports).");
        root.Options.Add(context.HubOption);
        root.Options.Add(context.TokenOption);
        root.Subcommands.Add(NcrCommands.Build(context));
        root.Subcommands.Add(EightDCommands.Build(context));
        root.Subcommands.Add(ScorecardCommand.Build(context));
        root.Subcommands.Add(ImportCommands.Build(context));
        root.Subcommands.Add(ExportCommands.Build(context));
        root.Subcommands.Add(WatchCommand.Build(context));
        return root;
    }

    /// <summary>gRPC status codes as the spec spells them: DeadlineExceeded becomes DEADLINE_EXCEEDED.</summary>
    public static string StatusName(StatusCode code)
    {
        var name = code.ToString();
        var builder = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}

/// <summary>What every command shares: writers, the Spectre console, the connection options.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, IAnsiConsole console, Func<string, string?> environment)
    {
        Output = output;
        Error = error;
        Console = console;
        HubOption = new Option<string>("--hub")
        {
            Description = "Hub gRPC address, or several silos' addresses comma-separated (env SQ_HUB)",
            Recursive = true,
            DefaultValueFactory = _ => environment("SQ_HUB") is { Length: > 0 } hub ? hub : SqCli.DefaultHub,
        };
        TokenOption = new Option<string?>("--token")
        {
            Description = "JWT sent as 'authorization: Bearer <token>' (env SQ_TOKEN)",
            Recursive = true,
            DefaultValueFactory = _ => environment("SQ_TOKEN"),
        };
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    /// <summary>Whether the output is an interactive terminal (live displays) rather than a file, pipe or test writer.</summary>
    public bool IsTerminal { get; init; }

    public Option<string> HubOption { get; }

    public Option<string?> TokenOption { get; }

    public static CallOptions Call(CancellationToken cancellationToken) => new(deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: cancellationToken);

    /// <summary>A channel to the hub whose calls carry the bearer token (none when no token was given).</summary>
    public Hub Connect(ParseResult parse)
    {
        var address = parse.GetValue(HubOption) ?? SqCli.DefaultHub;
        var token = parse.GetValue(TokenOption);
        // Several silos may be given, comma-separated: calls spread over them and move on when one is down.
        var channel = HubChannel.ForAddresses(address);
        CallInvoker invoker = string.IsNullOrWhiteSpace(token)
            ? channel.CreateCallInvoker()
            : channel.Intercept(metadata =>
            {
                metadata.Add("authorization", "Bearer " + token.Trim());
                return metadata;
            });
        return new Hub(channel, invoker);
    }

    /// <summary>Runs a command body; hub errors become "error: STATUS: message" and exit code 1.</summary>
    public async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (RpcException e)
        {
            await Error.WriteLineAsync($"error: {SqCli.StatusName(e.StatusCode)}: {e.Status.Detail}");
            return 1;
        }
        catch (IOException e)
        {
            await Error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            await Error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
    }

    public static string Time(Google.Protobuf.WellKnownTypes.Timestamp? timestamp) =>
        timestamp is null ? "" : timestamp.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);
}

/// <summary>An open connection to the hub.</summary>
internal sealed class Hub(GrpcChannel channel, CallInvoker invoker) : IDisposable
{
    public Contracts.V1.NonconformanceService.NonconformanceServiceClient Nonconformances => new(invoker);

    public Contracts.V1.ReceiptService.ReceiptServiceClient Receipts => new(invoker);

    public Contracts.V1.EightDService.EightDServiceClient EightDs => new(invoker);

    public Contracts.V1.ScorecardService.ScorecardServiceClient Scorecards => new(invoker);

    public void Dispose() => channel.Dispose();
}
