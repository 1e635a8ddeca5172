using System.Text;
using System.Text.Json;

namespace SupplyQuality.Deployment.Tests;

/// <summary>
/// deploy/Dockerfile read as instructions: enough of the Dockerfile syntax for what this repository's file uses
/// (comments, line continuations, ENV KEY=value lists, COPY in shell or JSON form with --flags).
/// </summary>
public sealed class DockerfileModel
{
    public DockerfileModel(string path)
    {
        var instructions = new List<DockerInstruction>();
        var current = new StringBuilder();
        int start = 0;
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith('#') || (line.Length == 0 && current.Length == 0))
            {
                continue;
            }

            if (current.Length == 0)
            {
                start = i + 1;
            }

            bool continues = line.EndsWith('\\');
            current.Append(continues ? line[..^1] : line).Append(' ');
            if (!continues)
            {
                Add(instructions, current.ToString().Trim(), start);
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            Add(instructions, current.ToString().Trim(), start);
        }

        Instructions = instructions;
    }

    public IReadOnlyList<DockerInstruction> Instructions { get; }

    /// <summary>The instructions of the last stage (from its FROM on): what the image is.</summary>
    public IReadOnlyList<DockerInstruction> FinalStage =>
        [.. Instructions.Skip(Instructions.Select((x, i) => (x, i)).Last(p => p.x.Keyword == "FROM").i)];

    /// <summary>The ports the final image EXPOSEs.</summary>
    public IReadOnlyList<int> ExposedPorts =>
        [.. FinalStage.Where(x => x.Keyword == "EXPOSE")
            .SelectMany(x => Words(x.Arguments))
            .Select(p => int.Parse(p.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The environment variables the final image sets, with the instruction that sets each.</summary>
    public IReadOnlyList<(string Name, string Value, DockerInstruction Instruction)> Environment =>
        [.. FinalStage.Where(x => x.Keyword == "ENV").SelectMany(x => ParseEnv(x).Select(p => (p.Name, p.Value, x)))];

    /// <summary>COPY and ADD instructions that copy from the build context (not --from another stage), with their source paths.</summary>
    public IReadOnlyList<(DockerInstruction Instruction, IReadOnlyList<string> Sources)> ContextCopies =>
        [.. Instructions
            .Where(x => x.Keyword is "COPY" or "ADD")
            .Select(x => (Instruction: x, Arguments: CopyArguments(x.Arguments)))
            .Where(x => !x.Arguments.Flags.Any(f => f.StartsWith("--from=", StringComparison.Ordinal)))
            .Select(x => (x.Instruction, (IReadOnlyList<string>)x.Arguments.Paths.Take(x.Arguments.Paths.Count - 1).ToList()))];

    private static void Add(List<DockerInstruction> instructions, string text, int line)
    {
        int space = text.IndexOf(' ', StringComparison.Ordinal);
        string keyword = (space < 0 ? text : text[..space]).ToUpperInvariant();
        instructions.Add(new DockerInstruction(keyword, space < 0 ? string.Empty : text[(space + 1)..].Trim(), line));
    }

    /// <summary>Splits on white space, keeping double-quoted parts together (quotes removed).</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool quoted = false;
        bool any = false;
        foreach (char c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (any)
                {
                    words.Add(word.ToString());
                }

                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }

        if (any)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static IEnumerable<(string Name, string Value)> ParseEnv(DockerInstruction instruction)
    {
        var words = Words(instruction.Arguments);
        if (words.Count > 0 && !words[0].Contains('=', StringComparison.Ordinal))
        {
            // Legacy form: ENV NAME value with spaces.
            return [(words[0], string.Join(' ', words.Skip(1)))];
        }

        return words.Select(w =>
        {
            int eq = w.IndexOf('=', StringComparison.Ordinal);
            return eq < 0
                ? throw new InvalidOperationException($"{instruction}: \"{w}\" is not NAME=value")
                : (w[..eq], w[(eq + 1)..]);
        });
    }

    private static (List<string> Flags, List<string> Paths) CopyArguments(string arguments)
    {
        var words = Words(arguments);
        var flags = words.TakeWhile(w => w.StartsWith("--", StringComparison.Ordinal)).ToList();
        string rest = string.Join(' ', words.Skip(flags.Count));
        // JSON form: COPY ["src", "dest"].
        int bracket = arguments.IndexOf('[', StringComparison.Ordinal);
        if (rest.StartsWith('[') && bracket >= 0)
        {
            return (flags, JsonSerializer.Deserialize<List<string>>(arguments[bracket..]) ?? []);
        }

        return (flags, [.. words.Skip(flags.Count)]);
    }
}
