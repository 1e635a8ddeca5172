namespace SupplyQuality.Host.Web.Pages.Directory;

/// <summary>How many entries the directory's lists show at once, and the filter they share (ids and names, any case).</summary>
public static class DirectoryListing
{
    /// <summary>Entries shown per list; "find" narrows a longer one.</summary>
    public const int PageSize = 100;

    public static bool Matches(string filter, params string?[] values) =>
        filter.Trim().Length == 0 || values.Any(v => v is not null && v.Contains(filter.Trim(), StringComparison.OrdinalIgnoreCase));
}
