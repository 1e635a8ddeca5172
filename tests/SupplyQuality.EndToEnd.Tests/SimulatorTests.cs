using System.Globalization;
using System.Text.Json;
using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator;
using SupplyQuality.Simulator.Driving;
using SupplyQuality.Simulator.Generation;
using SupplyQuality.Simulator.Scenario;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>`sq-sim load` against the real hub, in-process: the hub then holds what the simulator reports sending.</summary>
[Collection(SharedHubCollection.Name)]
public sealed class SimulatorTests(HubFixture fixture)
{
    private const long Seed = 20261125;

    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task Load_small_fills_the_boards_with_what_it_reports_and_a_second_run_in_batches_adds_nothing()
    {
        var first = await LoadAsync();
        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        Assert.Contains("settled", first.Output, StringComparison.Ordinal);
        var report = first.Report;
        Assert.Equal(0, report.Failed);
        Assert.Equal(report.Planned, report.Acknowledged);

        // The generation is pure: the test derives what the hub must now hold from the same scenario.
        var chain = SupplyChainGenerator.Generate(ScenarioPresets.Small with { Seed = Seed }, report.AsOf);
        Assert.Equal(chain.RequestCount, report.Planned);
        await AssertBoardsHoldAsync(chain, report);

        // The same seed again, in batches: every creation is answered from its request id, every 8D step is seen done.
        var second = await LoadAsync("--bulk", "--batch-size", "100");
        Assert.True(second.ExitCode == 0, second.Error + second.Output);
        Assert.Equal(0, second.Report.Failed);
        Assert.Equal(chain.EightDStepCount, second.Report.Kinds.Where(k => k.Kind is "SubmitDiscipline" or "ReviewDiscipline").Sum(k => k.SkippedByReason.GetValueOrDefault("already done")));
        Assert.True(second.Report.Kinds.Single(k => k.Kind == "RecordReceipt").Calls < chain.Receipts.Count);
        await AssertBoardsHoldAsync(chain, second.Report);
    }

    private async Task AssertBoardsHoldAsync(GeneratedSupplyChain chain, LoadReport report)
    {
        foreach (var oem in chain.Directory.Oems)
        {
            var receipts = chain.Receipts.Where(r => r.OemId == oem.Id).ToList();
            var ncrs = chain.Nonconformances.Where(n => n.OemId == oem.Id).ToList();
            var reported = report.Oems.Single(o => o.OemId == oem.Id);
            Assert.Equal(receipts.Count, reported.Receipts);
            Assert.Equal(ncrs.Count, reported.Nonconformances);

            var board = await Hub.AsOemManager(oem.Id).Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = oem.Id }, SupplyChain.Call);
            var totals = board.Totals;
            Assert.Equal(receipts.Count, totals.LotsInspected);
            Assert.Equal(receipts.Sum(r => r.QuantityReceived), totals.QuantityReceived);
            Assert.Equal(receipts.Count(r => r.Decision == LotDecision.Rejected), totals.LotsRejected);
            Assert.Equal(ncrs.Count, totals.Nonconformances);
            Assert.Equal(ncrs.Sum(n => n.DefectiveQuantity), totals.DefectiveQuantity);
            Assert.Equal(chain.EightDs.Count(e => e.OemId == oem.Id && !e.IsClosed), totals.OpenEightDs);
            Assert.Equal(chain.Directory.Sourcing.Where(s => s.OemId == oem.Id).Select(s => s.SupplierId).Distinct().Count(), board.Suppliers.Count);
        }

        foreach (var relation in chain.Escalations.GroupBy(e => (e.Request.OemId, e.Request.SupplierId)))
        {
            var card = await Hub.AsOemManager(relation.Key.OemId).Scorecards.GetSupplierScorecardAsync(
                new GetSupplierScorecardRequest { OemId = relation.Key.OemId, SupplierId = relation.Key.SupplierId }, SupplyChain.Call);
            Assert.Equal(relation.Last().Request.Level, card.Escalation);
        }
    }

    private sealed record Run(int ExitCode, string Output, string Error, LoadReport Report);

    private async Task<Run> LoadAsync(params string[] extra)
    {
        string json = Path.Combine(Path.GetTempPath(), $"sq-sim-{Guid.NewGuid():N}.json");
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            int exitCode = await SimulatorApp.RunAsync(
                [
                    "load", "--preset", "small", "--seed", Seed.ToString(CultureInfo.InvariantCulture),
                    "--hub", $"http://127.0.0.1:{Hub.GrpcPort}", "--dev-key", Hub.Tokens.KeyBase64,
                    "--callers", "16", "--json", json, "--progress-every", "00:00:02", .. extra,
                ],
                output,
                error,
                _ => null);
            var report = File.Exists(json)
                ? JsonSerializer.Deserialize<LoadReport>(await File.ReadAllTextAsync(json), JsonSerializerOptions.Web)!
                : throw new InvalidOperationException($"no report (exit code {exitCode}): {error}{output}");
            return new Run(exitCode, output.ToString(), error.ToString(), report);
        }
        finally
        {
            File.Delete(json);
        }
    }
}
