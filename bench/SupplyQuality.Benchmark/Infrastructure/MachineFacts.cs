using System.Globalization;

namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>Facts about this machine read from /proc and /etc (Linux).</summary>
public static class MachineFacts
{
    public static long MemoryBytes() =>
        ReadField("/proc/meminfo", "MemTotal:") is { } kb ? long.Parse(kb.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture) * 1024 : 0;

    public static string? CpuModel() => ReadField("/proc/cpuinfo", "model name")?.TrimStart(':', ' ', '\t');

    public static string OsName() =>
        ReadField("/etc/os-release", "PRETTY_NAME=")?.Trim('"') ?? Environment.OSVersion.ToString();

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static string? ReadField(string file, string prefix)
    {
        try
        {
            return File.ReadLines(file).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
