using System.Diagnostics;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>The hub refuses to start outside Development with a development key, or with no token validation at all.</summary>
[Collection(IsolatedHubsCollection.Name)]
public sealed class ProductionGuardTests
{
    [Fact]
    public async Task Production_refuses_a_development_signing_key()
    {
        var (exitCode, output) = await StartHub("Production", $"--Auth:DevelopmentSigningKey={new DevelopmentTokens().KeyBase64}");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Development tokens are for local use only", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hub_refuses_to_start_without_token_validation()
    {
        var (exitCode, output) = await StartHub("Production");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("No token validation is configured", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> StartHub(string environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.HubDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("SupplyQuality.Host.dll");
        // Ports nobody uses, so a hub that did start would not disturb anything; it is killed below.
        start.ArgumentList.Add($"--Kestrel:Endpoints:Web:Url=http://127.0.0.1:{FreePorts.Next()}");
        start.ArgumentList.Add($"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{FreePorts.Next()}");
        start.ArgumentList.Add($"--Hub:SiloPort={FreePorts.Next()}");
        start.ArgumentList.Add($"--Hub:GatewayPort={FreePorts.Next()}");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (0, "the hub started and kept running");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
