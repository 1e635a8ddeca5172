using System.Collections.Immutable;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;

namespace SupplyQuality.Domain.Tests.EightD.Checking;

/// <summary>8D answers a seasoned reviewer would accept, in English and in Chinese: the checker has nothing to say.</summary>
internal static class GoodEightDs
{
    public static readonly DateTimeOffset RequestedAt = new(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(8));

    public static ImmutableArray<DisciplineContent> English { get; } =
    [
        new PreparationContent("Bore diameter 12.46 mm on lot L-031, drawing 12.40 ± 0.02", ["Shipments of P-100 stopped", "Lots L-029 to L-031 blocked"]),
        new TeamContent(
        [
            new TeamMember("Chen Jie", TeamRole.Champion, "Plant management", "chen.jie@example.com"),
            new TeamMember("Li Wei", TeamRole.Leader, "Quality", "li.wei@example.com"),
            new TeamMember("Wang Fang", TeamRole.Member, "Production", string.Empty),
        ]),
        new ProblemDescriptionContent(
            new FiveWTwoH("Bore oversize", "Line 3, OP20 boring", "Since 1 March, night shift", "Found by the OEM's incoming inspection", "Diameter above the drawing limit", "CMM measurement", "120 pieces in 3 lots"),
            [new IsIsNotEntry("where", "line 3", "lines 1 and 2")]),
        new ContainmentContent(
        [
            new ContainmentAction("100% sort of finished stock", ContainmentLocation.Supplier, 500, 12, "Li Wei", RequestedAt.AddHours(6)),
            new ContainmentAction("Shipments in transit intercepted and checked", ContainmentLocation.InTransit, 200, 3, "Li Wei", RequestedAt.AddHours(8)),
            new ContainmentAction("Stock at the OEM sorted by a third party", ContainmentLocation.Oem, 800, 20, "Wang Fang", RequestedAt.AddHours(10)),
        ]),
        new RootCauseContent(
            [new RootCause("Boring tool used beyond its life because no tool-life limit is set for OP20", "5 Why", "Defect reproduced with a worn tool and gone with a new one")],
            [new RootCause("Bore gauge out of calibration, so the oversize was not detected", "Ishikawa", "Gauge readings compared with the CMM on 30 parts")]),
        new CorrectiveActionsContent(
        [
            new CorrectiveAction("Tool-life counter stops the machine after 800 bores", CauseKind.Occurrence, "Li Wei", RequestedAt.AddDays(7), "Trial run of 500 pieces, all in tolerance"),
            new CorrectiveAction("Bore gauge added to the weekly calibration plan", CauseKind.NonDetection, "Wang Fang", RequestedAt.AddDays(7), "Calibration record CAL-77"),
        ]),
        new ValidationContent(
        [
            new ImplementedAction("Tool-life counter installed on OP20", RequestedAt.AddDays(8), "Report QR-42"),
            new ImplementedAction("Weekly calibration plan updated", RequestedAt.AddDays(8), "Calibration plan rev 5"),
        ],
            "Three lots (2,400 pieces) since 20 March without a defect; Cpk 1.67",
            RequestedAt.AddDays(20)),
        new PreventionContent(["PFMEA-12 rev C"], ["CP-7 rev D"], ["P-200 on line 4 uses the same boring operation"], "Tool-life limits on every boring operation"),
        new ClosureContent("All actions effective", "Thanks to the line 3 team"),
    ];

    public static ImmutableArray<DisciplineContent> Chinese { get; } =
    [
        new PreparationContent("L-031批次孔径12.46毫米，图纸要求12.40±0.02", ["暂停P-100发运", "冻结L-029至L-031批次"]),
        new TeamContent(
        [
            new TeamMember("陈杰", TeamRole.Champion, "工厂管理", string.Empty),
            new TeamMember("李伟", TeamRole.Leader, "质量部", string.Empty),
            new TeamMember("王芳", TeamRole.Member, "生产部", string.Empty),
        ]),
        new ProblemDescriptionContent(
            new FiveWTwoH("孔径超差", "3号线OP20镗孔工序", "3月1日起，夜班", "主机厂来料检验发现", "孔径超出图纸上限", "三坐标测量", "3个批次共120件"),
            [new IsIsNotEntry("地点", "3号线", "1号线和2号线")]),
        new ContainmentContent(
        [
            new ContainmentAction("成品库存100%挑选", ContainmentLocation.Supplier, 500, 12, "李伟", RequestedAt.AddHours(6)),
            new ContainmentAction("在途货物拦截检查", ContainmentLocation.InTransit, 200, 3, "李伟", RequestedAt.AddHours(8)),
            new ContainmentAction("主机厂库存由第三方挑选", ContainmentLocation.Oem, 800, 20, "王芳", RequestedAt.AddHours(10)),
        ]),
        new RootCauseContent(
            [new RootCause("镗刀超过使用寿命：OP20工序未规定刀具寿命", "5Why分析", "用磨损刀具复现缺陷，换新刀后缺陷消失")],
            [new RootCause("孔径检具未按期校准，无法检出超差", "鱼骨图", "检具读数与三坐标对比30件")]),
        new CorrectiveActionsContent(
        [
            new CorrectiveAction("加装刀具寿命计数器，到寿命自动停机", CauseKind.Occurrence, "李伟", RequestedAt.AddDays(7), "试生产500件全部合格"),
            new CorrectiveAction("检具纳入每周校准计划", CauseKind.NonDetection, "王芳", RequestedAt.AddDays(7), "校准记录CAL-77"),
        ]),
        new ValidationContent(
        [
            new ImplementedAction("OP20刀具寿命计数器已安装", RequestedAt.AddDays(8), "报告QR-42"),
            new ImplementedAction("每周校准计划已更新", RequestedAt.AddDays(8), "校准计划第5版"),
        ],
            "3月20日以来连续3批（2400件）无不良，Cpk 1.67",
            RequestedAt.AddDays(20)),
        new PreventionContent(["PFMEA-12 C版"], ["CP-7 D版"], ["4号线P-200使用相同的镗孔工序"], "所有镗孔工序设定刀具寿命"),
        new ClosureContent("所有措施有效", "感谢3号线团队"),
    ];

    /// <summary>A report with every discipline of <paramref name="contents"/> submitted in order (D0 first).</summary>
    public static EightDReport ReportWith(IEnumerable<DisciplineContent> contents)
    {
        var report = EightDReport.Request("8D-CHECK", "OEM-HUAXIN", "SUP-NINGBO", "Bore oversize", ["NCR-1"], "Zhang Min", EightDPolicy.Default, RequestedAt);
        foreach (var content in contents.OrderBy(c => c.Discipline))
        {
            report = report.Submit(content.Discipline, content, "Li Wei", RequestedAt.AddDays(1));
        }

        return report;
    }

    /// <summary>The good English answers up to and including <paramref name="last"/>, with each of <paramref name="replacements"/> in place of the answer to its discipline.</summary>
    public static EightDReport ReportThrough(Discipline last, params DisciplineContent[] replacements) =>
        ReportWith(English
            .Where(c => c.Discipline <= last)
            .Select(c => replacements.FirstOrDefault(r => r.Discipline == c.Discipline) ?? c));
}
