using System.Reflection;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>Where the checkout, the Azurite binary and the built hub are.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where tests leave screenshots and measurements (git-ignored).</summary>
    public static string Artifacts => Path.Combine(Root, "artifacts");

    public static string Azurite
    {
        get
        {
            string path = Path.Combine(Root, "node_modules", ".bin", "azurite");
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException($"Azurite is not installed at {path}: run ./test.sh (it runs npm ci) or npm ci.");
        }
    }

    public static string HubDirectory
    {
        get
        {
            string configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            string dir = Path.Combine(Root, "src", "SupplyQuality.Host", "bin", configuration, "net10.0");
            return File.Exists(Path.Combine(dir, "SupplyQuality.Host.dll"))
                ? dir
                : throw new InvalidOperationException($"The hub is not built at {dir}.");
        }
    }

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
