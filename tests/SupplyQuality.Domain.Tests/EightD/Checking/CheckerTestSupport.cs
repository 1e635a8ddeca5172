using System.Collections.Immutable;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Checking;
using SupplyQuality.Domain.EightD.Content;

namespace SupplyQuality.Domain.Tests.EightD.Checking;

/// <summary>Short ways to ask the checker and read its answer in tests.</summary>
internal static class CheckerTestSupport
{
    public static ImmutableArray<EightDHint> HintsOf(DisciplineContent content, EightDReport? context = null) =>
        EightDChecker.Check(content, context);

    public static IReadOnlyList<string> CodesOf(DisciplineContent content, EightDReport? context = null) =>
        [.. EightDChecker.Check(content, context).Select(h => h.Code)];

    public static EightDHint Single(DisciplineContent content, EightDHintCode code, EightDReport? context = null) =>
        Assert.Single(EightDChecker.Check(content, context), h => h.Code == code.Code);

    public static void HasNo(DisciplineContent content, EightDHintCode code, EightDReport? context = null) =>
        Assert.DoesNotContain(EightDChecker.Check(content, context), h => h.Code == code.Code);

    public static RootCauseContent Causes(string[] occurrence, string[]? nonDetection = null) => new(
        [.. occurrence.Select(d => new RootCause(d, "5 Why", "Reproduced and removed on the line"))],
        [.. (nonDetection ?? ["Gauge could not detect the burr"]).Select(d => new RootCause(d, "Ishikawa", "Gauge trial with 30 marked parts"))]);
}
