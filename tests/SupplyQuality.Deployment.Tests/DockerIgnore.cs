using System.Text.RegularExpressions;

namespace SupplyQuality.Deployment.Tests;

/// <summary>
/// The root .dockerignore: which paths of the repository are left out of the image's build context. Patterns as
/// Docker reads them: relative to the root, "*" within one path segment, "**" across segments, "!" to re-include;
/// the last matching pattern decides, and a path is out when it or any folder above it is out.
/// </summary>
public sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Exclude, string Text)> _patterns = [];

    public DockerIgnore(string path)
    {
        foreach (string raw in File.ReadAllLines(path))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            bool exclude = !line.StartsWith('!');
            string pattern = (exclude ? line : line[1..]).Trim().Trim('/');
            _patterns.Add((new Regex("^" + ToRegex(pattern) + "$", RegexOptions.CultureInvariant), exclude, line));
        }
    }

    public IEnumerable<string> Patterns => _patterns.Select(p => p.Text);

    /// <summary>Whether a path (relative to the repository root, forward slashes) is left out of the build context.</summary>
    public bool IsExcluded(string relativePath)
    {
        string[] segments = relativePath.Trim('/').Split('/');
        for (int i = 1; i <= segments.Length; i++)
        {
            if (Decide(string.Join('/', segments[..i])))
            {
                return true;
            }
        }

        return false;
    }

    private bool Decide(string path)
    {
        bool excluded = false;
        foreach (var (pattern, exclude, _) in _patterns)
        {
            if (pattern.IsMatch(path))
            {
                excluded = exclude;
            }
        }

        return excluded;
    }

    private static string ToRegex(string pattern)
    {
        var regex = new System.Text.StringBuilder();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                bool slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.ToString();
    }
}
