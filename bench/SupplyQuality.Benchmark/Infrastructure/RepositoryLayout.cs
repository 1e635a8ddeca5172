namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>Where the checkout, the Azurite binary and the built hub are.</summary>
public sealed class RepositoryLayout
{
    private RepositoryLayout(string root) => Root = root;

    public string Root { get; }

    public string Azurite => Path.Combine(Root, "node_modules", ".bin", "azurite");

    public string AzuritePackageJson => Path.Combine(Root, "node_modules", "azurite", "package.json");

    /// <summary>The Release output of src/SupplyQuality.Host (./bench.sh builds it).</summary>
    public string HubDirectory => Path.Combine(Root, "src", "SupplyQuality.Host", "bin", "Release", "net10.0");

    public string Docs => Path.Combine(Root, "docs");

    public static RepositoryLayout Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SupplyQuality.sln")))
                {
                    return new RepositoryLayout(dir.FullName);
                }
            }
        }

        throw new InvalidOperationException("SupplyQuality.sln not found above " + AppContext.BaseDirectory);
    }

    public void RequireBuilt()
    {
        if (!File.Exists(Azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed ({Azurite}): run ./bench.sh, or npm ci first.");
        }

        if (!File.Exists(Path.Combine(HubDirectory, "SupplyQuality.Host.dll")))
        {
            throw new InvalidOperationException($"The hub is not built in Release ({HubDirectory}): run ./bench.sh, or dotnet build src/SupplyQuality.Host -c Release.");
        }
    }
}
