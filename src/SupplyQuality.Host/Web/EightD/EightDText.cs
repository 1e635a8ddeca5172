namespace SupplyQuality.Host.Web.EightD;

/// <summary>
/// Texts of the 8D components (field labels of every discipline, form and review controls, the printed report), in
/// EightDText.resx and EightDText.zh-Hans.resx: <c>@inject IStringLocalizer&lt;EightDText&gt; Text</c>.
/// </summary>
public sealed class EightDText
{
    private EightDText()
    {
    }
}
