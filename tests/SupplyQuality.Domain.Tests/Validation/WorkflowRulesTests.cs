using System.Text.RegularExpressions;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Validation;

/// <summary>The catalogue of workflow rules (FAILED_PRECONDITION) names every rule the code throws.</summary>
public partial class WorkflowRulesTests
{
    [Fact]
    public void Rules_are_unique_with_English_text()
    {
        Assert.Equal(WorkflowRules.All.Length, WorkflowRules.All.Select(r => r.Code).Distinct().Count());
        Assert.All(WorkflowRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.EnglishText)));
        Assert.Equal("8d.discipline_order", WorkflowRules.Find("8d.discipline_order")?.Code);
        Assert.Null(WorkflowRules.Find("8d.no_such_rule"));
    }

    [Fact]
    public void Every_rule_thrown_in_the_sources_is_in_the_catalogue()
    {
        var thrown = SourceFiles()
            .SelectMany(f => ThrownRule().Matches(File.ReadAllText(f)).Select(m => (Rule: m.Groups[1].Value, File: Path.GetFileName(f))))
            .ToList();

        Assert.Contains(thrown, t => t.Rule == "8d.discipline_order");
        Assert.Empty(thrown.Where(t => WorkflowRules.Find(t.Rule) is null).Select(t => $"{t.Rule} ({t.File})").Distinct());
    }

    [Fact]
    public void The_exception_default_rule_is_in_the_catalogue()
    {
        Assert.NotNull(WorkflowRules.Find(new WorkflowRuleException("something").Rule));
    }

    private static IEnumerable<string> SourceFiles()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SupplyQuality.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        string separator = Path.DirectorySeparatorChar.ToString();
        return System.IO.Directory.EnumerateFiles(Path.Combine(dir.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal));
    }

    [GeneratedRegex("WorkflowRuleException\\(\\s*\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ThrownRule();
}
