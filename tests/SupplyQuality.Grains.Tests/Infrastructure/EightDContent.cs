using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;

namespace SupplyQuality.Grains.Tests.Infrastructure;

/// <summary>Valid content for every 8D discipline, dated around <c>at</c>.</summary>
internal static class EightDContent
{
    public static DisciplineContent Valid(Discipline discipline, DateTimeOffset at) => discipline switch
    {
        Discipline.D0Preparation => new PreparationContent("Bores oversize on lot L-2025-031", ["Shipments of the part stopped"]),
        Discipline.D1Team => new TeamContent(
        [
            new TeamMember("Chen Jie", TeamRole.Champion, "Plant management", "chen.jie@example.com"),
            new TeamMember("Li Wei", TeamRole.Leader, "Quality", "li.wei@example.com"),
            new TeamMember("Wang Fang", TeamRole.Member, "Production", string.Empty),
        ]),
        Discipline.D2ProblemDescription => new ProblemDescriptionContent(
            new FiveWTwoH("Bore oversize", "Line 3", "Since 1 March", "Night shift", "Tool wear", "CMM check", "120 pieces"),
            [new IsIsNotEntry("where", "line 3", "lines 1 and 2")]),
        Discipline.D3Containment => new ContainmentContent(
            [new ContainmentAction("100% sort of stock", ContainmentLocation.Supplier, 500, 12, "Li Wei", at.AddHours(-1))]),
        Discipline.D4RootCause => new RootCauseContent(
            [new RootCause("Boring tool used past its life", "5 Why", "Defect reproduced with a worn tool, gone with a new one")],
            [new RootCause("Gauge out of calibration", "Ishikawa", "Gauge reading compared with the CMM")]),
        Discipline.D5CorrectiveActions => new CorrectiveActionsContent(
        [
            new CorrectiveAction("Tool life counter stops the machine", CauseKind.Occurrence, "Li Wei", at.AddDays(7), "Trial run of 500 pieces"),
            new CorrectiveAction("Weekly gauge calibration", CauseKind.NonDetection, "Wang Fang", at.AddDays(7), "Calibration record CAL-77"),
        ]),
        Discipline.D6Validation => new ValidationContent(
            [new ImplementedAction("Tool life counter installed", at.AddHours(-2), "Report QR-42")],
            "Three lots without a defect",
            at.AddHours(-1)),
        Discipline.D7Prevention => new PreventionContent(["PFMEA-12 rev C"], ["CP-7 rev D"], ["P-200 on line 4"], "Tool life limits on every boring operation"),
        Discipline.D8Closure => new ClosureContent("All actions effective", "Thanks to the line 3 team"),
        _ => throw new ArgumentOutOfRangeException(nameof(discipline), discipline, "no content for this discipline"),
    };
}
