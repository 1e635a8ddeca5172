using System.Globalization;
using Microsoft.AspNetCore.Http;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Host.Web.Localization;

namespace SupplyQuality.Web.Tests;

/// <summary>Languages at run time: which culture a browser gets, and that zh-CN finds the .zh-Hans texts.</summary>
public sealed class LocalizationTests
{
    [Fact]
    public void Chinese_resources_are_named_for_zh_hans_which_zh_cn_falls_back_to()
    {
        // The reason for .zh-Hans.resx: zh-CN's parent (and zh-SG's, zh-Hans-CN's) is zh-Hans on ICU, so one file serves them all.
        Assert.Equal("zh-Hans", CultureInfo.GetCultureInfo("zh-CN").Parent.Name);
        Assert.Equal("zh-Hans", CultureInfo.GetCultureInfo("zh-SG").Parent.Name);
    }

    [Theory]
    [InlineData("zh-CN", "严重", "D3 临时围堵措施", "D3 已提交", "已撤销")]
    [InlineData("en", "Major", "D3 Containment", "D3 submitted", "Withdrawn")]
    [InlineData("en-GB", "Major", "D3 Containment", "D3 submitted", "Withdrawn")]
    public void Enum_labels_and_history_actions_come_in_the_readers_language(string culture, string major, string d3, string submitted, string withdrawn)
    {
        using var scope = new CultureScope(culture);
        var labels = new EnumLabels(Texts.For<EnumLabels>());
        Assert.Equal(major, labels.For(Severity.Major));
        Assert.Equal(d3, labels.For(Discipline.D3Containment));
        Assert.Equal(submitted, labels.Action("d3_submitted"));
        Assert.Equal(withdrawn, labels.For(NonconformanceStatus.Withdrawn));
        // An action the labels do not know yet is shown as it is.
        Assert.Equal("something_new", labels.Action("something_new"));
    }

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh", "zh-CN")]
    [InlineData("zh-Hans-CN", "zh-CN")]
    [InlineData("zh-TW,zh;q=0.9,en;q=0.8", "zh-CN")]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("de-DE,en;q=0.5,zh;q=0.8", "zh-CN")]
    [InlineData("fr-FR, en;q=0.4", "en")]
    [InlineData("zhx, en", "en")]
    public async Task The_browsers_languages_map_onto_english_and_chinese(string acceptLanguage, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.AcceptLanguage = acceptLanguage;
        var result = await new AcceptLanguageCultureProvider().DetermineProviderCultureResult(context);
        Assert.NotNull(result);
        Assert.Equal(expected, result.Cultures.Single().Value);
    }

    [Fact]
    public async Task A_browser_asking_for_neither_language_gets_the_default()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.AcceptLanguage = "fr-FR, de;q=0.8";
        Assert.Null(await new AcceptLanguageCultureProvider().DetermineProviderCultureResult(context));
    }

    [Fact]
    public void Dates_and_numbers_follow_the_readers_culture_and_time_zone()
    {
        var at = new DateTimeOffset(2026, 3, 7, 1, 30, 0, TimeSpan.Zero);
        var shanghai = new DisplayFormat("Asia/Shanghai");
        using (new CultureScope("zh-CN"))
        {
            Assert.Equal("2026/3/7 09:30", shanghai.DateTime(at));
            Assert.Equal("12,500.50 CNY", shanghai.Money(12500.50m, "CNY"));
        }

        using (new CultureScope("en"))
        {
            Assert.Equal("3/7/2026", new DisplayFormat(null).Date(at));
            Assert.Equal("1,234,567", new DisplayFormat(null).Number(1_234_567));
        }

        // An unknown zone falls back to UTC rather than failing the page.
        Assert.Equal(TimeZoneInfo.Utc, new DisplayFormat("Not/AZone").TimeZone);
    }
}
