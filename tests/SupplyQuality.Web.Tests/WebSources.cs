using System.Xml.Linq;

namespace SupplyQuality.Web.Tests;

/// <summary>The workbench's resource files in the repository (src/SupplyQuality.Host/Web), read as they are committed.</summary>
internal static class WebSources
{
    public static string WebFolder { get; } = Path.Combine(FindRoot(), "src", "SupplyQuality.Host", "Web");

    /// <summary>Every .resx of the workbench, neutral (English) and Chinese alike.</summary>
    public static IReadOnlyList<string> ResourceFiles() =>
        [.. Directory.EnumerateFiles(WebFolder, "*.resx", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>A resource file's texts by key, in file order.</summary>
    public static IReadOnlyDictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> Read(string relativeBase, string culture) =>
        Read(Path.Combine(WebFolder, relativeBase + (culture.Length == 0 ? string.Empty : "." + culture) + ".resx"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupplyQuality.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SupplyQuality.sln not found above " + AppContext.BaseDirectory);
    }
}
