using System.Xml.Linq;
using SupplyQuality.Host;

namespace SupplyQuality.Deployment.Tests;

/// <summary>deploy/Dockerfile and .dockerignore agree with the repository and with the Kubernetes manifests.</summary>
public class DockerfileTests
{
    private static readonly DockerfileModel Dockerfile = new(RepositoryPaths.Dockerfile);

    [Fact]
    public void Exposed_ports_are_the_container_ports()
    {
        var exposed = Dockerfile.ExposedPorts.Order().ToList();
        var container = KubernetesManifests.ContainerPorts.Values.Order().ToList();
        Assert.True(
            exposed.SequenceEqual(container),
            $"deploy/Dockerfile EXPOSEs {string.Join(", ", exposed)}; deployment.yaml declares container ports {string.Join(", ", container)}");
    }

    [Fact]
    public void Every_path_copied_from_the_build_context_exists_and_is_not_ignored()
    {
        var ignore = new DockerIgnore(RepositoryPaths.DockerIgnore);
        var problems = new List<string>();
        Assert.NotEmpty(Dockerfile.ContextCopies);
        foreach (var (instruction, sources) in Dockerfile.ContextCopies)
        {
            foreach (string source in sources)
            {
                string relative = source.TrimEnd('/');
                string full = Path.Combine(RepositoryPaths.Root, relative);
                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    problems.Add($"{instruction}: {source} does not exist in the repository");
                }
                else if (ignore.IsExcluded(relative))
                {
                    problems.Add($"{instruction}: {source} is excluded by .dockerignore");
                }
            }
        }

        Problems.AssertNone(problems);
    }

    [Fact]
    public void Every_project_the_host_builds_from_is_copied_before_the_restore()
    {
        // The restore layer sees only the project files copied before it: a new project reference must be added there.
        var restore = Dockerfile.Instructions.FirstOrDefault(x => x.Keyword == "RUN" && x.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        Assert.True(restore is not null, "deploy/Dockerfile has no RUN dotnet restore");
        var copiedBefore = Dockerfile.ContextCopies
            .Where(c => c.Instruction.Line < restore.Line)
            .SelectMany(c => c.Sources)
            .ToHashSet(StringComparer.Ordinal);
        var missing = ProjectClosure(RepositoryPaths.HostProject)
            .Select(RepositoryPaths.Relative)
            .Append("Directory.Build.props")
            .Append("Directory.Packages.props")
            .Where(p => !copiedBefore.Contains(p))
            .Select(p => $"deploy/Dockerfile does not COPY {p} before {restore}");
        Problems.AssertNone(missing);
    }

    [Fact]
    public void The_image_builds_the_board_libraries_and_publishes_the_host_in_release()
    {
        var runs = Dockerfile.Instructions.Where(x => x.Keyword == "RUN").Select(x => x.Arguments).ToList();
        Assert.Contains(runs, r => r.Contains("npm ci", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("dotnet publish src/SupplyQuality.Host", StringComparison.Ordinal) && r.Contains("-c Release", StringComparison.Ordinal));
        var copies = Dockerfile.Instructions.Where(x => x.Keyword == "COPY").Select(x => x.Arguments).ToList();
        Assert.Contains(copies, c => c.Contains("package.json", StringComparison.Ordinal) && c.Contains("package-lock.json", StringComparison.Ordinal));
        Assert.Contains(copies, c => c.StartsWith("--from=", StringComparison.Ordinal) && c.Contains("node_modules", StringComparison.Ordinal));
    }

    [Fact]
    public void The_runtime_is_aspnet_10_as_a_non_root_user_running_the_host()
    {
        var final = Dockerfile.FinalStage;
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", final[0].Arguments, StringComparison.Ordinal);
        var user = final.LastOrDefault(x => x.Keyword == "USER");
        Assert.True(user is not null, "deploy/Dockerfile's runtime stage sets no USER: the image would run as root");
        Assert.DoesNotContain(user.Arguments.Split(':')[0], new[] { "root", "0" });
        var entrypoint = final.LastOrDefault(x => x.Keyword == "ENTRYPOINT");
        string assembly = typeof(HubSettings).Assembly.GetName().Name + ".dll";
        Assert.True(entrypoint is not null && entrypoint.Arguments.Contains(assembly, StringComparison.Ordinal), $"deploy/Dockerfile's ENTRYPOINT does not run {assembly}");
    }

    [Fact]
    public void The_image_defaults_bind_every_address()
    {
        var env = Dockerfile.Environment.ToDictionary(e => e.Name, e => e.Value, StringComparer.OrdinalIgnoreCase);
        foreach (string endpoint in HostConfigurationKeys.KestrelEndpoints)
        {
            string key = $"Kestrel__Endpoints__{endpoint}__Url";
            Assert.True(env.TryGetValue(key, out string? url), $"deploy/Dockerfile sets no {key}: the image would listen on loopback (appsettings.json)");
            Assert.False(new Uri(url!).IsLoopback, $"deploy/Dockerfile {key}={url} is loopback");
        }

        Assert.Equal("true", env.GetValueOrDefault("Hub__ListenOnAnyAddress"));
    }

    [Theory]
    [InlineData("src/SupplyQuality.Host/bin/Release/net10.0/SupplyQuality.Host.dll")]
    [InlineData("src/SupplyQuality.Domain/obj/project.assets.json")]
    [InlineData("node_modules/chart.js/package.json")]
    [InlineData(".data/azurite")]
    [InlineData("artifacts/board.png")]
    [InlineData(".git/HEAD")]
    [InlineData("src/SupplyQuality.Host/wwwroot/lib/chart.umd.min.js")]
    public void The_build_context_leaves_out_local_build_output_and_data(string path)
    {
        Assert.True(new DockerIgnore(RepositoryPaths.DockerIgnore).IsExcluded(path), $".dockerignore does not exclude {path}");
    }

    [Theory]
    [InlineData("src/SupplyQuality.Host/HostingExtensions.cs")]
    [InlineData("src/SupplyQuality.Host/wwwroot/index.html")]
    [InlineData("protos/supplyquality/v1")]
    [InlineData("package-lock.json")]
    [InlineData("Directory.Packages.props")]
    public void The_build_context_keeps_the_sources(string path)
    {
        Assert.False(new DockerIgnore(RepositoryPaths.DockerIgnore).IsExcluded(path), $".dockerignore excludes {path}, which the image build needs");
    }

    /// <summary>A project and every project it references, transitively, as full paths.</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out string? current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
            {
                string include = ((string?)reference.Attribute("Include") ?? string.Empty).Replace('\\', '/');
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, include)));
            }
        }

        return seen;
    }
}
