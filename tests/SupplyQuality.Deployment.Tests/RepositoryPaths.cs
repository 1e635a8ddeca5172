namespace SupplyQuality.Deployment.Tests;

/// <summary>Where the checkout and the files these tests read are.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>deploy/kubernetes: the manifests and their kustomization.</summary>
    public static string Kubernetes => Path.Combine(Root, "deploy", "kubernetes");

    public static string Dockerfile => Path.Combine(Root, "deploy", "Dockerfile");

    public static string DockerIgnore => Path.Combine(Root, ".dockerignore");

    public static string HostProject => Path.Combine(Root, "src", "SupplyQuality.Host", "SupplyQuality.Host.csproj");

    public static string HostAppSettings => Path.Combine(Root, "src", "SupplyQuality.Host", "appsettings.json");

    /// <summary>A path relative to the root with forward slashes, as the Dockerfile and failure messages write it.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

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
