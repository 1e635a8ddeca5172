using System.Diagnostics;

namespace SupplyQuality.Benchmark;

/// <summary>One line per step on the console, with the time since the start.</summary>
public static class Progress
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static void Log(string message) =>
        Console.WriteLine($"[{Clock.Elapsed.TotalSeconds,6:0.0} s] {message}");
}
