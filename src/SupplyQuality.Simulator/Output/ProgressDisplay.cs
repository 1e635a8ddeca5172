using System.Globalization;
using Spectre.Console;
using SupplyQuality.Simulator.Driving;
using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Simulator.Output;

/// <summary>
/// Shows how far sending has come while <c>work</c> runs: progress bars per kind of request on a terminal, a plain
/// line every few seconds otherwise (logs, pipes, tests).
/// </summary>
internal static class ProgressDisplay
{
    public static async Task RunAsync(Task work, SendStatistics statistics, IAnsiConsole console, TextWriter output, bool isTerminal, TimeSpan interval)
    {
        if (isTerminal)
        {
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var tasks = new Dictionary<RequestKind, ProgressTask>();
                    while (true)
                    {
                        foreach (var kind in Enum.GetValues<RequestKind>())
                        {
                            var counters = statistics[kind];
                            if (counters.Planned == 0)
                            {
                                continue;
                            }

                            if (!tasks.TryGetValue(kind, out var task))
                            {
                                task = tasks[kind] = context.AddTask(kind.ToString(), maxValue: counters.Planned);
                            }

                            task.MaxValue = Math.Max(1, counters.Planned);
                            task.Value = Math.Min(counters.Done, counters.Planned);
                            task.Description = counters.Failed > 0 ? $"{kind} [red]({counters.Failed} failed)[/]" : kind.ToString();
                        }

                        if (work.IsCompleted)
                        {
                            break;
                        }

                        await Task.WhenAny(work, Task.Delay(200));
                    }
                });
        }
        else
        {
            while (!work.IsCompleted)
            {
                await Task.WhenAny(work, Task.Delay(interval));
                await output.WriteLineAsync(Line(statistics));
            }
        }

        await work;
    }

    public static string Line(SendStatistics statistics)
    {
        double seconds = Math.Max(statistics.Elapsed.TotalSeconds, 0.001);
        var kinds = Enum.GetValues<RequestKind>()
            .Select(k => (Kind: k, Counters: statistics[k]))
            .Where(k => k.Counters.Planned > 0)
            .Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Kind} {k.Counters.Done}/{k.Counters.Planned}"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{statistics.Elapsed:hh\\:mm\\:ss}] {statistics.Done:N0}/{statistics.Planned:N0} settled ({statistics.Acknowledged:N0} acknowledged, {statistics.Failed:N0} failed), {statistics.Acknowledged / seconds:N0}/s: {string.Join(", ", kinds)}");
    }
}
