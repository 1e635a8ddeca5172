using System.Globalization;
using SupplyQuality.Simulator.Catalogues;

namespace SupplyQuality.Simulator.Scenario;

/// <summary>
/// What to generate. The same scenario (seed included) always gives the same supply chain and the same requests,
/// with the same request ids, so sending it twice creates nothing new. Presets: <see cref="ScenarioPresets"/>.
/// </summary>
public sealed record SupplyChainScenario
{
    /// <summary>The preset it came from; part of every request id.</summary>
    public required string Name { get; init; }

    public long Seed { get; init; } = 1;

    public int OemCount { get; init; } = 2;

    public int SupplierCount { get; init; } = 12;

    /// <summary>Share of suppliers that also serve a second (sometimes a third) OEM.</summary>
    public double SharedSupplierShare { get; init; } = 0.2;

    public int PartCount { get; init; } = 40;

    /// <summary>Share of parts an OEM buys from two suppliers.</summary>
    public double DualSourcedShare { get; init; } = 0.15;

    public int NonconformanceCount { get; init; } = 60;

    /// <summary>Receipts (inspected lots) per NCR; about five, as in the issue.</summary>
    public double ReceiptsPerNonconformance { get; init; } = 5;

    /// <summary>Exponent s of the defect-code Pareto: the code of rank r weighs 1 / r^s.</summary>
    public double DefectParetoExponent { get; init; } = 1.2;

    /// <summary>Share of suppliers that are bad.</summary>
    public double BadSupplierShare { get; init; } = 0.1;

    /// <summary>How many times more likely a bad supplier's lot becomes an NCR than a typical supplier's.</summary>
    public double BadSupplierSkew { get; init; } = 20;

    /// <summary>Share of NCRs that lead an 8D request (serious ones more often); repeats join the same 8D.</summary>
    public double EightDShare { get; init; } = 0.25;

    /// <summary>Share of OEM-supplier relations escalated (the worst first).</summary>
    public double EscalationShare { get; init; } = 0.1;

    /// <summary>How far back the history goes: received_at and detected_at fall in the span before its end.</summary>
    public TimeSpan HistorySpan { get; init; } = TimeSpan.FromDays(365);

    /// <summary>Start with the demo supply chain's OEMs, suppliers and parts (OEM-HUAXIN, SUP-JINGGONG, HX-GB-1001...).</summary>
    public bool IncludeDemoAnchors { get; init; }

    public int ReceiptCount => (int)Math.Round(NonconformanceCount * ReceiptsPerNonconformance);

    /// <summary>Every parameter, in one line: the fingerprint of the request ids, and for reports.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: seed {Seed}, {OemCount} OEMs, {SupplierCount} suppliers ({SharedSupplierShare:P0} shared), {PartCount} parts ({DualSourcedShare:P0} dual-sourced), " +
        $"{NonconformanceCount} NCRs, {ReceiptsPerNonconformance:0.##} receipts per NCR, Pareto s={DefectParetoExponent:0.##}, {BadSupplierShare:P0} bad suppliers x{BadSupplierSkew:0.##}, " +
        $"8D share {EightDShare:P0}, escalation share {EscalationShare:P0}, history {HistorySpan.TotalDays:0} days{(IncludeDemoAnchors ? ", demo anchors" : "")}");

    /// <summary>What is wrong with the parameters; empty when they can be generated.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        void Require(bool holds, string problem)
        {
            if (!holds)
            {
                problems.Add(problem);
            }
        }

        static bool Share(double value) => value is >= 0 and <= 1;
        int maxSuppliers = OrganisationCatalogue.Brands.Count * OrganisationCatalogue.Towns.Count;
        Require(!string.IsNullOrWhiteSpace(Name) && Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'), "name: letters, digits and '-' only");
        Require(OemCount >= 1 && OemCount <= OrganisationCatalogue.Oems.Count, $"oem count: 1 to {OrganisationCatalogue.Oems.Count}");
        Require(SupplierCount >= 1 && SupplierCount <= maxSuppliers, $"supplier count: 1 to {maxSuppliers}");
        Require(!IncludeDemoAnchors || (OemCount >= 2 && SupplierCount >= 4 && PartCount >= 5), "demo anchors need at least 2 OEMs, 4 suppliers and 5 parts");
        Require(PartCount >= SupplierCount && PartCount <= 90_000, "part count: at least one per supplier, at most 90000");
        Require(NonconformanceCount >= 0 && NonconformanceCount <= 5_000_000, "NCR count: 0 to 5000000");
        Require(ReceiptsPerNonconformance is >= 1 and <= 1000, "receipts per NCR: 1 to 1000");
        Require(DefectParetoExponent is >= 0 and <= 5, "defect Pareto exponent: 0 to 5");
        Require(BadSupplierSkew is >= 1 and <= 1000, "bad-supplier skew: 1 to 1000");
        Require(Share(SharedSupplierShare) && Share(DualSourcedShare) && Share(BadSupplierShare) && Share(EightDShare) && Share(EscalationShare), "shares are between 0 and 1");
        Require(HistorySpan >= TimeSpan.FromDays(1) && HistorySpan <= TimeSpan.FromDays(3650), "history span: 1 day to 10 years");
        return problems;
    }
}
