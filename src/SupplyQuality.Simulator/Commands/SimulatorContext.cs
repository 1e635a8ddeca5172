using System.CommandLine;
using Grpc.Net.Client;
using Spectre.Console;
using SupplyQuality.Contracts.Client;
using SupplyQuality.Simulator.Tokens;

namespace SupplyQuality.Simulator.Commands;

/// <summary>What every command shares: writers, the console, and the connection and token options.</summary>
internal sealed class SimulatorContext
{
    public const string DefaultHub = "http://127.0.0.1:5081";
    public const string DevelopmentKeyVariable = "Auth__DevelopmentSigningKey";

    public SimulatorContext(TextWriter output, TextWriter error, IAnsiConsole console, Func<string, string?> environment, bool isTerminal)
    {
        Output = output;
        Error = error;
        Console = console;
        IsTerminal = isTerminal;
        HubOption = new Option<string>("--hub")
        {
            Description = "Hub gRPC address, or several silos' addresses comma-separated (env SQ_HUB)",
            DefaultValueFactory = _ => environment("SQ_HUB") is { Length: > 0 } hub ? hub : DefaultHub,
        };
        DevelopmentKeyOption = new Option<string?>("--dev-key")
        {
            Description = $"The hub's development signing key, base64 (env {DevelopmentKeyVariable}): tokens are minted with it",
            DefaultValueFactory = _ => environment(DevelopmentKeyVariable),
        };
        AdminTokenOption = new Option<string[]>("--token-admin") { Description = "Administrator's token (registers the directory)" };
        OemTokenOption = new Option<string[]>("--token-oem") { Description = "OEM quality engineer's token: TOKEN for every OEM, or OEM-ID=TOKEN; repeatable" };
        SupplierTokenOption = new Option<string[]>("--token-supplier") { Description = "Supplier quality token: TOKEN, or SUP-ID=TOKEN; repeatable" };
        SeedOption = new Option<long>("--seed") { Description = "Seed: the same seed gives the same supply chain and request ids", DefaultValueFactory = _ => 1 };
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    public bool IsTerminal { get; }

    public Option<string> HubOption { get; }

    public Option<string?> DevelopmentKeyOption { get; }

    public Option<string[]> AdminTokenOption { get; }

    public Option<string[]> OemTokenOption { get; }

    public Option<string[]> SupplierTokenOption { get; }

    public Option<long> SeedOption { get; }

    public void AddConnectionOptions(Command command)
    {
        command.Options.Add(HubOption);
        command.Options.Add(DevelopmentKeyOption);
        command.Options.Add(AdminTokenOption);
        command.Options.Add(OemTokenOption);
        command.Options.Add(SupplierTokenOption);
    }

    public HubCredentials Credentials(ParseResult parse)
    {
        var given = new Dictionary<PartyRole, GivenTokens>();
        void Add(PartyRole role, Option<string[]> option)
        {
            var tokens = new GivenTokens();
            foreach (var value in parse.GetValue(option) ?? [])
            {
                tokens.Add(value);
            }

            given[role] = tokens;
        }

        Add(PartyRole.Administrator, AdminTokenOption);
        Add(PartyRole.OemQualityEngineer, OemTokenOption);
        Add(PartyRole.SupplierQuality, SupplierTokenOption);
        return new HubCredentials(parse.GetValue(DevelopmentKeyOption), given);
    }

    /// <summary>Whether any token can be had: a usable development key or a given token.</summary>
    public bool HasAnyCredentials(ParseResult parse) =>
        DevelopmentTokenMinter.IsUsableKey(parse.GetValue(DevelopmentKeyOption))
        || (parse.GetValue(AdminTokenOption)?.Length ?? 0) + (parse.GetValue(OemTokenOption)?.Length ?? 0) + (parse.GetValue(SupplierTokenOption)?.Length ?? 0) > 0;

    /// <summary>A channel over the hub's addresses; several HTTP/2 connections so that many callers are not held to one connection's streams.</summary>
    public static GrpcChannel Connect(string addresses) => HubChannel.ForAddresses(addresses, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
        },
        DisposeHttpClient = true,
    });
}
