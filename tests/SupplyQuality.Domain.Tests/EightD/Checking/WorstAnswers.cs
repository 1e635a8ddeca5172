using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Domain.EightD.Content;

namespace SupplyQuality.Domain.Tests.EightD.Checking;

/// <summary>Answers with everything reviewers reject, together giving every hint the checker knows.</summary>
internal static class WorstAnswers
{
    public static IEnumerable<EightDHint> AllHints()
    {
        var withoutContainmentLifted = GoodEightDs.ReportThrough(
            Discipline.D7Prevention,
            new ValidationContent([new ImplementedAction("Counter installed", GoodEightDs.RequestedAt, "QR-42")], "3 lots OK", null));
        DisciplineContent[] alone =
        [
            new PreparationContent("x", []),
            new TeamContent([new TeamMember("A", TeamRole.Member, "Quality", ""), new TeamMember("B", TeamRole.Member, "Quality", "")]),
            new ProblemDescriptionContent(new FiveWTwoH("", "", "", "", "", "", "some"), []),
            new ProblemDescriptionContent(new FiveWTwoH("a", "b", "c", "d", "e", "f", "1"), [new IsIsNotEntry("where", "line 3", "")]),
            new ContainmentContent([]),
            new ContainmentContent([new ContainmentAction("Sort", ContainmentLocation.Unspecified, 0, 0, "", null)]),
            new RootCauseContent([], []),
            new RootCauseContent([new RootCause("Operator error", "", "")], [new RootCause("Bore oversize", "", "")]),
            new CorrectiveActionsContent([]),
            new CorrectiveActionsContent([new CorrectiveAction("Retrain operators", CauseKind.Occurrence, "", null, "")]),
            new CorrectiveActionsContent([new CorrectiveAction("Gauge", CauseKind.NonDetection, "x", GoodEightDs.RequestedAt, "y")]),
            new ValidationContent([], "", null),
            new PreventionContent([], [], [], ""),
        ];
        var withContext = new (DisciplineContent Content, EightDReport Context)[]
        {
            (new ValidationContent([new ImplementedAction("x", GoodEightDs.RequestedAt, "")], "ok", null), GoodEightDs.ReportThrough(Discipline.D5CorrectiveActions)),
            (new ClosureContent("Done", ""), withoutContainmentLifted),
        };

        return alone.SelectMany(c => EightDChecker.Check(c))
            .Concat(withContext.SelectMany(c => EightDChecker.Check(c.Content, c.Context)));
    }

    public static string FieldNameOf(Discipline discipline) => discipline switch
    {
        Discipline.D0Preparation => "preparation",
        Discipline.D1Team => "team",
        Discipline.D2ProblemDescription => "problem_description",
        Discipline.D3Containment => "containment",
        Discipline.D4RootCause => "root_cause",
        Discipline.D5CorrectiveActions => "corrective_actions",
        Discipline.D6Validation => "validation",
        Discipline.D7Prevention => "prevention",
        Discipline.D8Closure => "closure",
        _ => throw new ArgumentOutOfRangeException(nameof(discipline)),
    };
}
