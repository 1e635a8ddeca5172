using System.Text.RegularExpressions;

namespace SupplyQuality.Deployment.Tests;

/// <summary>The files in deploy/kubernetes: they parse, name themselves, and kustomize applies exactly the right ones.</summary>
public class ManifestFileTests
{
    [Fact]
    public void There_are_manifests()
    {
        Assert.NotEmpty(KubernetesManifests.Files);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Kubernetes, KubernetesManifests.KustomizationFile)), "deploy/kubernetes/kustomization.yaml is missing");
    }

    [Fact]
    public void Every_document_of_every_manifest_parses_and_has_apiVersion_kind_and_name()
    {
        var problems = new List<string>();
        foreach (string file in KubernetesManifests.Files)
        {
            IReadOnlyList<ManifestDocument> documents;
            try
            {
                documents = KubernetesManifests.Load(file);
            }
            catch (InvalidOperationException e)
            {
                problems.Add(e.Message);
                continue;
            }

            if (documents.Count == 0)
            {
                problems.Add($"deploy/kubernetes/{file} has no documents");
            }

            foreach (var document in documents)
            {
                if (string.IsNullOrWhiteSpace(document.ApiVersion))
                {
                    problems.Add($"{document}: no apiVersion");
                }

                if (string.IsNullOrWhiteSpace(document.Kind))
                {
                    problems.Add($"{document}: no kind");
                }

                if (string.IsNullOrWhiteSpace(document.Name))
                {
                    problems.Add($"{document}: no metadata.name");
                }
            }
        }

        Problems.AssertNone(problems);
    }

    [Fact]
    public void The_kustomization_parses_and_is_a_kustomization()
    {
        var kustomization = KubernetesManifests.Kustomization;
        Assert.Equal("kustomize.config.k8s.io/v1beta1", kustomization.Scalar("apiVersion"));
        Assert.Equal("Kustomization", kustomization.Scalar("kind"));
    }

    [Fact]
    public void The_kustomization_lists_every_manifest_except_templates_and_only_files_that_exist()
    {
        var listed = KubernetesManifests.Kustomization.Sequence("resources").Scalars().ToList();
        var problems = new List<string>();
        foreach (string file in KubernetesManifests.Files.Where(f => !KubernetesManifests.IsTemplate(f)))
        {
            if (!listed.Contains(file))
            {
                problems.Add($"deploy/kubernetes/{file} is not listed in kustomization.yaml resources");
            }
        }

        foreach (string resource in listed)
        {
            if (!File.Exists(Path.Combine(RepositoryPaths.Kubernetes, resource)))
            {
                problems.Add($"kustomization.yaml lists {resource}, which does not exist in deploy/kubernetes");
            }
            else if (KubernetesManifests.IsTemplate(resource))
            {
                problems.Add($"kustomization.yaml lists the template {resource}: applying it would replace the real Secret with the placeholder");
            }
        }

        foreach (string duplicate in listed.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"kustomization.yaml lists {duplicate} more than once");
        }

        Problems.AssertNone(problems);
    }

    [Fact]
    public void Objects_are_unique_by_kind_and_name()
    {
        var duplicates = KubernetesManifests.Documents
            .GroupBy(d => (d.Kind, d.Name))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Kind} {g.Key.Name} is defined in {string.Join(" and ", g)}");
        Problems.AssertNone(duplicates);
    }

    [Fact]
    public void Objects_name_no_namespace_or_the_kustomization_one()
    {
        string? ns = KubernetesManifests.Kustomization.Scalar("namespace");
        Assert.False(string.IsNullOrEmpty(ns), "kustomization.yaml sets no namespace");
        var namespaces = KubernetesManifests.OfKind("Namespace").Select(d => d.Name).ToList();
        Assert.True(namespaces.Contains(ns), $"kustomization.yaml puts everything in namespace {ns}, but no manifest creates it (Namespace objects: {string.Join(", ", namespaces)})");
        var wrong = KubernetesManifests.Documents
            .Where(d => d.Root.At("metadata").Scalar("namespace") is { } n && n != ns)
            .Select(d => $"{d}: namespace {d.Root.At("metadata").Scalar("namespace")}, kustomization.yaml uses {ns}");
        Problems.AssertNone(wrong);
    }

    [Fact]
    public void Secret_templates_hold_placeholders_and_no_account_key()
    {
        var secrets = KubernetesManifests.OfKind("Secret").ToList();
        Assert.NotEmpty(secrets);
        var problems = new List<string>();
        foreach (var secret in secrets)
        {
            if (!KubernetesManifests.IsTemplate(secret.File))
            {
                problems.Add($"{secret}: a Secret belongs in a *{KubernetesManifests.TemplateSuffix} file, never in an applied manifest");
            }

            if (secret.Root.Map("data") is { Children.Count: > 0 })
            {
                problems.Add($"{secret}: use stringData with a readable placeholder, not base64 data");
            }

            foreach (var (key, value) in secret.Root.Map("stringData").Strings())
            {
                if (!value.Contains("REPLACE_ME", StringComparison.Ordinal))
                {
                    problems.Add($"{secret}: stringData.{key} is not marked REPLACE_ME");
                }

                // A real account key is 88 base64 characters.
                if (Regex.IsMatch(value, "AccountKey=[A-Za-z0-9+/]{40,}={0,2}"))
                {
                    problems.Add($"{secret}: stringData.{key} looks like a real account key");
                }
            }
        }

        Problems.AssertNone(problems);
    }

    [Fact]
    public void The_deployment_runs_the_image_the_kustomization_names()
    {
        string? image = KubernetesManifests.HubContainer.Scalar("image");
        var names = KubernetesManifests.Kustomization.Sequence("images").Maps().Select(i => i.Scalar("name")).ToList();
        Assert.True(names.Contains(image), $"deployment.yaml runs image \"{image}\", but kustomization.yaml images names {string.Join(", ", names)}");
    }

    [Fact]
    public void Manifests_are_indented_with_spaces()
    {
        // YAML forbids tabs for indentation; some parsers accept them, kubectl does not.
        var problems = KubernetesManifests.Files.Append(KubernetesManifests.KustomizationFile)
            .SelectMany(f => File.ReadAllLines(Path.Combine(RepositoryPaths.Kubernetes, f)).Select((line, i) => (f, line, i)))
            .Where(x => x.line.TakeWhile(char.IsWhiteSpace).Contains('\t'))
            .Select(x => $"deploy/kubernetes/{x.f} line {x.i + 1} is indented with a tab");
        Problems.AssertNone(problems);
    }
}
