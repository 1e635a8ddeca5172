namespace SupplyQuality.Host.Web.Navigation;

/// <summary>One entry of the navigation: its route, the key of its label in SiteNav.resx, and its test id.</summary>
/// <param name="ForceLoad">The target is not an interactive page (the board, the dashboard): load it whole.</param>
public sealed record NavigationItem(string Route, string LabelKey, string TestId, bool ForceLoad = false);
