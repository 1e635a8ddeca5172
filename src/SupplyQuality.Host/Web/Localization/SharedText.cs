namespace SupplyQuality.Host.Web.Localization;

/// <summary>
/// Texts used across the workbench (product name, sign-out, language, common buttons and messages), in
/// SharedText.resx and SharedText.zh-Hans.resx: <c>@inject IStringLocalizer&lt;SharedText&gt; Shared</c>.
/// A page's own texts go in a .resx beside the page instead.
/// </summary>
public sealed class SharedText
{
    private SharedText()
    {
    }
}
