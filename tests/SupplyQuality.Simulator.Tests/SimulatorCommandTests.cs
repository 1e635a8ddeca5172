using System.Globalization;

namespace SupplyQuality.Simulator.Tests;

/// <summary>The command line without a hub: plans, presets and usage errors.</summary>
public sealed class SimulatorCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int exitCode = await SimulatorApp.RunAsync(args, output, error, _ => null);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Plan_shows_what_a_preset_and_seed_generate_without_sending()
    {
        var (exitCode, output, error) = await RunAsync("plan", "--preset", "small", "--seed", "7", "--as-of", "2026-03-01T00:00:00Z");
        Assert.True(exitCode == 0, error);
        Assert.Contains("request ids sim-small-7-", output, StringComparison.Ordinal);
        Assert.Contains("OEM-HUAXIN 华鑫重工", output, StringComparison.Ordinal);
        Assert.Contains("dual-sourced", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Presets_lists_every_preset_with_its_size()
    {
        var (exitCode, output, _) = await RunAsync("presets");
        Assert.Equal(0, exitCode);
        foreach (var name in new[] { "demo", "small", "medium", "benchmark" })
        {
            Assert.Contains(name, output, StringComparison.Ordinal);
        }

        Assert.Contains("10,000", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("load", "--preset", "huge")]
    [InlineData("load", "--callers", "0", "--dev-key", "AAAA")]
    [InlineData("plan", "--suppliers", "5000")]
    [InlineData("load", "--preset", "small")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_with_2_and_say_what_is_wrong(params string[] args)
    {
        var (exitCode, _, error) = await RunAsync(args);
        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }
}
