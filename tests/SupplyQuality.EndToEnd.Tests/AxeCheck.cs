using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Accessibility checks with axe-core (npm <c>axe-core</c>, pinned in package.json; <c>npm ci</c> installs it): injects
/// <c>node_modules/axe-core/axe.min.js</c> into the page and runs it over the whole document with the WCAG 2.1 A/AA
/// rules and axe's best practices.
/// <code>
/// await sqe.GotoAsync("/ncrs");
/// await AxeCheck.AssertNoSeriousViolationsAsync(sqe.Page, "ncr list");
/// </code>
/// </summary>
public static class AxeCheck
{
    private static readonly Lazy<string> Script = new(() =>
    {
        string path = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core is not installed at {path}: run ./test.sh (it runs npm ci) or npm ci.");
    });

    /// <summary>Fails with every serious or critical violation (rule, impact, help, the offending elements) of the page as it is now.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string? what = null)
    {
        var violations = await SeriousViolationsAsync(page);
        if (violations.Count > 0)
        {
            Assert.Fail($"axe-core found {violations.Count} serious or critical violation(s) on {what ?? page.Url}:\n{string.Join("\n", violations)}");
        }
    }

    /// <summary>Every serious or critical violation, one line each with its elements.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new() { Content = Script.Value });
        }

        // Returned as JSON text: axe's result objects are large and only these fields matter here.
        string json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                resultTypes: ['violations'],
              });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary) })));
            }
            """);
        var lines = new List<string>();
        using var document = JsonDocument.Parse(json);
        foreach (var violation in document.RootElement.EnumerateArray())
        {
            var line = new StringBuilder()
                .Append(violation.GetProperty("impact").GetString()).Append(' ')
                .Append(violation.GetProperty("id").GetString()).Append(": ")
                .Append(violation.GetProperty("help").GetString());
            foreach (var node in violation.GetProperty("nodes").EnumerateArray().Take(5))
            {
                line.Append("\n    ").Append(node.GetString()?.ReplaceLineEndings(" "));
            }

            lines.Add(line.ToString());
        }

        return lines;
    }
}
