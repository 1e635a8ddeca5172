using System.Text.RegularExpressions;

namespace SupplyQuality.Web.Tests;

/// <summary>
/// Every text of the workbench exists in English and in Simplified Chinese: each neutral X.resx has its X.zh-Hans.resx
/// and the other way round, with the same keys, no empty text, and the same placeholders ({0}, {1}...).
/// </summary>
public sealed partial class ResourcePairTests
{
    private const string Chinese = ".zh-Hans.resx";

    public static TheoryData<string> NeutralFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in WebSources.ResourceFiles().Where(f => !f.EndsWith(Chinese, StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(WebSources.WebFolder, file));
        }

        return data;
    }

    [Fact]
    public void The_workbench_has_texts_and_only_english_and_chinese_ones()
    {
        var files = WebSources.ResourceFiles();
        Assert.NotEmpty(files);
        // A file named for another culture (X.zh-CN.resx, X.en.resx) would be a third language or a misnamed one.
        var others = files.Where(f => Path.GetFileName(f).Count(c => c == '.') > 1 && !f.EndsWith(Chinese, StringComparison.Ordinal)).ToList();
        Assert.True(others.Count == 0, "resources neither neutral (English) nor .zh-Hans: " + string.Join(", ", others));
        var orphans = files.Where(f => f.EndsWith(Chinese, StringComparison.Ordinal) && !File.Exists(f[..^Chinese.Length] + ".resx")).ToList();
        Assert.True(orphans.Count == 0, "Chinese resources without an English one: " + string.Join(", ", orphans));
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void Each_text_exists_in_both_languages(string neutralFile)
    {
        string english = Path.Combine(WebSources.WebFolder, neutralFile);
        string chinese = english[..^".resx".Length] + Chinese;
        Assert.True(File.Exists(chinese), $"{neutralFile} has no Chinese counterpart {Path.GetFileName(chinese)}");
        var en = WebSources.Read(english);
        var zh = WebSources.Read(chinese);

        var onlyEnglish = en.Keys.Except(zh.Keys).ToList();
        var onlyChinese = zh.Keys.Except(en.Keys).ToList();
        Assert.True(onlyEnglish.Count == 0, $"{neutralFile}: in English only: {string.Join(", ", onlyEnglish)}");
        Assert.True(onlyChinese.Count == 0, $"{neutralFile}: in Chinese only: {string.Join(", ", onlyChinese)}");
        var empty = en.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => "en " + t.Key)
            .Concat(zh.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => "zh " + t.Key)).ToList();
        Assert.True(empty.Count == 0, $"{neutralFile}: empty texts: {string.Join(", ", empty)}");
        var placeholders = en.Keys.Where(k => !Placeholders(en[k]).SetEquals(Placeholders(zh[k]))).ToList();
        Assert.True(placeholders.Count == 0, $"{neutralFile}: placeholders differ between the languages: {string.Join(", ", placeholders)}");
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
