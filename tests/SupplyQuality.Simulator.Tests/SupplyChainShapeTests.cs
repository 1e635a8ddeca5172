using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator.Generation;
using SupplyQuality.Simulator.Scenario;

namespace SupplyQuality.Simulator.Tests;

/// <summary>The promises of the issue, measured on generated chains of several presets and seeds.</summary>
public sealed class SupplyChainShapeTests
{
    public static TheoryData<string, long> Chains_of_several_presets_and_seeds => new()
    {
        { "small", 1 }, { "small", 2 }, { "small", 3 }, { "demo", 1 }, { "demo", 9 }, { "medium", 1 }, { "medium", 5 }, { "medium", 9 },
    };

    [Theory]
    [MemberData(nameof(Chains_of_several_presets_and_seeds))]
    public void There_are_about_five_receipts_per_ncr(string preset, long seed)
    {
        var chain = Chains.Generate(preset, seed);
        Assert.Equal(chain.Scenario.NonconformanceCount, chain.Nonconformances.Count);
        Assert.InRange((double)chain.Receipts.Count / chain.Nonconformances.Count, 4.9, 5.1);
    }

    [Theory]
    [MemberData(nameof(Chains_of_several_presets_and_seeds))]
    public void Defect_codes_follow_a_pareto_the_top_fifth_of_codes_carries_at_least_60_percent_of_ncrs(string preset, long seed)
    {
        var chain = Chains.Generate(preset, seed);
        var counts = chain.Nonconformances.GroupBy(n => n.DefectCode).Select(g => g.Count()).OrderDescending().ToList();
        int top = Math.Max(1, (int)Math.Ceiling(counts.Count * 0.2));
        Assert.True(counts.Count >= 4, $"only {counts.Count} codes");
        Assert.True(counts.Take(top).Sum() >= 0.6 * chain.Nonconformances.Count, $"top {top} of {counts.Count} codes carry {counts.Take(top).Sum()} of {chain.Nonconformances.Count}");
    }

    [Theory]
    [MemberData(nameof(Chains_of_several_presets_and_seeds))]
    public void A_few_bad_suppliers_carry_most_ncrs(string preset, long seed)
    {
        var chain = Chains.Generate(preset, seed);
        var bad = chain.Directory.Suppliers.Where(s => s.IsBad).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Assert.InRange(bad.Count, 1, Math.Max(2, (int)Math.Ceiling(0.2 * chain.Directory.Suppliers.Count)));
        int byBad = chain.Nonconformances.Count(n => bad.Contains(n.SupplierId));
        Assert.True(byBad > chain.Nonconformances.Count / 2, $"{bad.Count} bad suppliers carry {byBad} of {chain.Nonconformances.Count} NCRs");

        // Their lots are also rejected far more often: the NCR rate varies by supplier, not only the volume.
        double Rate(Func<string, bool> which)
        {
            var lots = chain.Receipts.Where(r => which(r.SupplierId)).ToList();
            return lots.Count == 0 ? 0 : (double)lots.Count(r => r.Decision == LotDecision.Rejected) / lots.Count;
        }

        Assert.True(Rate(bad.Contains) > 4 * Rate(s => !bad.Contains(s)), $"rejection rate bad {Rate(bad.Contains):P1}, others {Rate(s => !bad.Contains(s)):P1}");
    }

    [Theory]
    [MemberData(nameof(Chains_of_several_presets_and_seeds))]
    public void Some_parts_are_dual_sourced_and_some_suppliers_serve_several_oems(string preset, long seed)
    {
        var chain = Chains.Generate(preset, seed);
        Assert.NotEmpty(chain.Directory.DualSourcedParts);
        Assert.NotEmpty(chain.Directory.SharedSupplierIds);
        Assert.Equal(chain.Scenario.PartCount, chain.Directory.Parts.Count);
        Assert.Equal(chain.Scenario.SupplierCount, chain.Directory.Suppliers.Count);
        Assert.Equal(chain.Scenario.OemCount, chain.Directory.Oems.Count);
        // Every supplier and part is sourced, every OEM buys.
        Assert.All(chain.Directory.Suppliers, s => Assert.Contains(chain.Directory.Sourcing, l => l.SupplierId == s.Id));
        Assert.All(chain.Directory.Parts, p => Assert.Contains(chain.Directory.Sourcing, l => l.PartNumber == p.PartNumber));
        Assert.All(chain.Directory.Oems, o => Assert.Contains(chain.Directory.Sourcing, l => l.OemId == o.Id));
    }

    [Fact]
    public void Names_are_bilingual_and_read_like_chinese_machinery_suppliers()
    {
        var chain = Chains.Generate("medium", 1);
        Assert.All(chain.Directory.Oems, o => Assert.Contains(o.Name.Zh, c => c >= '\u4e00' && c <= '\u9fff'));
        Assert.All(chain.Directory.Suppliers, s => Assert.Contains(s.Name.Zh, c => c >= '\u4e00' && c <= '\u9fff'));
        Assert.All(chain.Directory.Parts, p => Assert.Contains(p.Description.Zh, c => c >= '\u4e00' && c <= '\u9fff'));
        Assert.Contains(chain.Directory.Suppliers, s => s.Name.En.Contains("Precision Casting", StringComparison.Ordinal) && s.Name.Zh.EndsWith("精密铸造有限公司", StringComparison.Ordinal));
        Assert.Contains(chain.Directory.Parts, p => p.Description.En.StartsWith("Gearbox housing", StringComparison.Ordinal));
        Assert.Contains(chain.Nonconformances, n => n.DefectCode == "POROSITY");
        Assert.Contains(chain.Nonconformances, n => n.DefectCode == "DIM-OOT");
    }

    [Fact]
    public void Eight_ds_take_realistic_turns_some_late_some_sent_back_and_resubmitted_recent_ones_still_open()
    {
        var chain = Chains.Generate("medium", 1);
        var plans = chain.EightDs;
        Assert.InRange(plans.SelectMany(p => p.NonconformanceRequestIds).Count(), chain.Nonconformances.Count / 8, chain.Nonconformances.Count / 2);
        Assert.Contains(plans, p => p.IsClosed);
        Assert.Contains(plans, p => !p.IsClosed);
        Assert.Contains(plans, p => p.MissesDueDate);
        Assert.Contains(plans, p => !p.MissesDueDate);
        var rejected = plans.SelectMany(p => p.Steps).Where(s => s.StatusAfter == DisciplineStatus.Rejected).ToList();
        Assert.NotEmpty(rejected);
        Assert.All(rejected, s => Assert.False(string.IsNullOrWhiteSpace(s.Review!.Reason)));
        Assert.Contains(plans.SelectMany(p => p.Steps), s => s.Submit is not null && s.Revision >= 2);

        // Answers come after the request, each later than the one before; containment usually within a day.
        Assert.All(plans, p => Assert.Equal(p.Steps.Select(s => s.Offset).Order(), p.Steps.Select(s => s.Offset)));
        var containment = plans.Where(p => p.Steps.Any(s => s.Discipline == Discipline.D3Containment && s.StatusAfter == DisciplineStatus.Approved))
            .Select(p => p.Steps.Last(s => s.Discipline == Discipline.D3Containment && s.Submit is not null).Offset)
            .ToList();
        Assert.True(containment.Count(t => t <= TimeSpan.FromHours(24)) > containment.Count / 2);
        Assert.Contains(containment, t => t > TimeSpan.FromHours(24));

        // Bad suppliers miss due dates more often.
        var bad = chain.Directory.Suppliers.Where(s => s.IsBad).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        double Late(bool ofBad) => plans.Where(p => bad.Contains(p.SupplierId) == ofBad).Average(p => p.MissesDueDate ? 1.0 : 0.0);
        Assert.True(Late(true) > Late(false));
    }

    [Fact]
    public void The_worst_relations_are_escalated_some_further_some_cleared()
    {
        var chain = Chains.Generate("benchmark", 1);
        Assert.NotEmpty(chain.Escalations);
        Assert.All(chain.Escalations.GroupBy(e => (e.Request.OemId, e.Request.SupplierId)), g => Assert.Equal(EscalationLevel.ControlledShipping1, g.First().Request.Level));
        Assert.Contains(chain.Escalations, e => e.Request.Level == EscalationLevel.ControlledShipping2);
        Assert.Contains(chain.Escalations, e => e.Request.Level == EscalationLevel.Normal);
        var bad = chain.Directory.Suppliers.Where(s => s.IsBad).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(chain.Escalations.Count(e => bad.Contains(e.Request.SupplierId)) > chain.Escalations.Count / 2);
    }

    [Fact]
    public void The_demo_preset_keeps_the_demo_oems_suppliers_and_dual_sourced_part()
    {
        var directory = SupplyChainGenerator.GenerateDirectory(ScenarioPresets.Demo);
        Assert.Equal(["OEM-HUAXIN", "OEM-LONGMA"], directory.Oems.Select(o => o.Id));
        Assert.Equal("华鑫重工", directory.Oem("OEM-HUAXIN").Name.Zh);
        Assert.True(directory.Supplier("SUP-JINGGONG").IsBad);
        Assert.Contains("SUP-JINGGONG", directory.SharedSupplierIds);
        Assert.Contains(("OEM-HUAXIN", "HX-GB-1001"), directory.DualSourcedParts);
        Assert.Equal("Gearbox housing, cast", directory.Part("HX-GB-1001").Description.En);
    }

    [Fact]
    public void Every_preset_is_valid_and_a_bad_scenario_is_refused_naming_the_problem()
    {
        Assert.All(ScenarioPresets.All, p => Assert.Empty(p.Validate()));
        var bad = ScenarioPresets.Small with { OemCount = 0, PartCount = 3, EightDShare = 2 };
        var problems = bad.Validate();
        Assert.Contains(problems, p => p.StartsWith("oem count", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("part count", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("shares", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => SupplyChainGenerator.Generate(bad, Chains.AsOf));
    }
}
