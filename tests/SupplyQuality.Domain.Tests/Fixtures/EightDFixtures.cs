using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;

namespace SupplyQuality.Domain.Tests.Fixtures;

/// <summary>A requested 8D and valid content for every discipline, at fixed times.</summary>
internal static class EightDFixtures
{
    public const string OemId = "OEM-HUAXIN";
    public const string SupplierId = "SUP-NINGBO";
    public const string SupplierEngineer = "Li Wei";
    public const string OemEngineer = "Zhang Min";

    /// <summary>Monday 3 March 2025, 08:00 in Shanghai.</summary>
    public static readonly DateTimeOffset RequestedAt = new(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(8));

    public static EightDReport NewReport(EightDPolicy? policy = null, string id = "8D-TEST", DateTimeOffset? requestedAt = null) =>
        EightDReport.Request(
            id,
            OemId,
            SupplierId,
            "Bore diameter out of tolerance",
            ["NCR-1"],
            OemEngineer,
            policy ?? EightDPolicy.Default,
            requestedAt ?? RequestedAt);

    public static DisciplineContent ValidContent(Discipline discipline) => discipline switch
    {
        Discipline.D0Preparation => new PreparationContent("Bores oversize on lot L-2025-031", ["Shipments of P-100 stopped"]),
        Discipline.D1Team => ValidTeam(),
        Discipline.D2ProblemDescription => new ProblemDescriptionContent(
            new FiveWTwoH("Bore oversize", "Line 3", "Since 1 March", "Night shift", "Tool wear", "CMM check", "120 pieces"),
            [new IsIsNotEntry("where", "line 3", "lines 1 and 2")]),
        Discipline.D3Containment => new ContainmentContent([ValidContainmentAction()]),
        Discipline.D4RootCause => new RootCauseContent(
            [new RootCause("Boring tool used past its life", "5 Why", "Defect reproduced with a worn tool, gone with a new one")],
            [new RootCause("Gauge out of calibration", "Ishikawa", "Gauge reading compared with the CMM")]),
        Discipline.D5CorrectiveActions => new CorrectiveActionsContent(
        [
            new CorrectiveAction("Tool life counter stops the machine", CauseKind.Occurrence, "Li Wei", RequestedAt.AddDays(7), "Trial run of 500 pieces"),
            new CorrectiveAction("Weekly gauge calibration", CauseKind.NonDetection, "Wang Fang", RequestedAt.AddDays(7), "Calibration record CAL-77"),
        ]),
        Discipline.D6Validation => new ValidationContent(
            [new ImplementedAction("Tool life counter installed", RequestedAt.AddDays(8), "Report QR-42")],
            "Three lots without a defect",
            RequestedAt.AddDays(20)),
        Discipline.D7Prevention => new PreventionContent(["PFMEA-12 rev C"], ["CP-7 rev D"], ["P-200 on line 4"], "Tool life limits on every boring operation"),
        Discipline.D8Closure => new ClosureContent("All actions effective", "Thanks to the line 3 team"),
        _ => throw new ArgumentOutOfRangeException(nameof(discipline), discipline, "no content for this discipline"),
    };

    public static TeamContent ValidTeam() => new(
    [
        new TeamMember("Chen Jie", TeamRole.Champion, "Plant management", "chen.jie@example.com"),
        new TeamMember("Li Wei", TeamRole.Leader, "Quality", "li.wei@example.com"),
        new TeamMember("Wang Fang", TeamRole.Member, "Production", string.Empty),
    ]);

    public static ContainmentAction ValidContainmentAction() =>
        new("100% sort of stock", ContainmentLocation.Supplier, 500, 12, "Li Wei", RequestedAt.AddHours(6));

    public static EightDReport Submit(this EightDReport report, Discipline discipline, DateTimeOffset at) =>
        report.Submit(discipline, ValidContent(discipline), SupplierEngineer, at);

    public static EightDReport Approve(this EightDReport report, Discipline discipline, DateTimeOffset at) =>
        report.Review(discipline, ReviewDecision.Approve, string.Empty, OemEngineer, at);

    public static EightDReport Reject(this EightDReport report, Discipline discipline, DateTimeOffset at, string reason = "Evidence missing") =>
        report.Review(discipline, ReviewDecision.Reject, reason, OemEngineer, at);

    public static EightDReport SubmitAndApprove(this EightDReport report, Discipline discipline, DateTimeOffset at) =>
        report.Submit(discipline, at).Approve(discipline, at);

    /// <summary>Submits and approves D0 up to <paramref name="last"/>, each at <paramref name="at"/>.</summary>
    public static EightDReport ApprovedThrough(this EightDReport report, Discipline last, DateTimeOffset at)
    {
        foreach (var discipline in EightDReport.AllDisciplines.Where(d => d <= last))
        {
            report = report.SubmitAndApprove(discipline, at);
        }

        return report;
    }
}
