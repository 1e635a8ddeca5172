using System.Diagnostics;

namespace SupplyQuality.Benchmark.Measurement;

/// <summary>
/// Runs a scenario under a <see cref="LoadPlan"/>. The operation returns the number of records its call carried,
/// or 0 when there is nothing left to do (that caller stops). Only calls that start and end inside the measured
/// window are counted; a failed call is counted as an error and the caller goes on. When fewer than
/// <see cref="LoadPlan.MinimumCalls"/> calls completed in the window (calls slower than the window itself), the window
/// is extended, up to <see cref="LoadPlan.MaximumWindow"/>.
/// </summary>
public static class LoadRunner
{
    public static async Task<Measurement> RunAsync(string name, LoadPlan plan, Func<int, CancellationToken, ValueTask<int>> operation, CancellationToken cancellationToken)
    {
        long start = Stopwatch.GetTimestamp();
        long from = start + (long)(plan.WarmUp.TotalSeconds * Stopwatch.Frequency);
        var window = new WindowEnd(plan.Window is { } w ? from + (long)(w.TotalSeconds * Stopwatch.Frequency) : long.MaxValue);
        var workers = new Worker[plan.Concurrency];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tasks = new Task[plan.Concurrency];
        for (int i = 0; i < plan.Concurrency; i++)
        {
            var worker = workers[i] = new Worker();
            int index = i;
            tasks[i] = Task.Run(() => worker.RunAsync(index, operation, from, window, stop), CancellationToken.None);
        }

        if (plan.Window is { } nominal && plan.MinimumCalls > 0)
        {
            long latest = from + (long)(Math.Max(nominal.TotalSeconds, plan.MaximumWindow.TotalSeconds) * Stopwatch.Frequency);
            await Task.Delay(plan.WarmUp + nominal, CancellationToken.None);
            while (workers.Sum(x => x.Calls) < plan.MinimumCalls && Stopwatch.GetTimestamp() < latest && !stop.IsCancellationRequested && !tasks.All(t => t.IsCompleted))
            {
                window.Until = Math.Min(latest, Stopwatch.GetTimestamp() + Stopwatch.Frequency);
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        }

        if (plan.CancelAtEnd && plan.Window is not null)
        {
            // Reads: a call still running when the window closes is not counted; it need not hold up the run.
            long wait = window.Until - Stopwatch.GetTimestamp();
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), CancellationToken.None);
            }

            await stop.CancelAsync();
        }

        await Task.WhenAll(tasks);
        long until = window.Until;
        long end = plan.Window is null ? workers.Max(w => w.LastEnd) : until;
        bool interrupted = cancellationToken.IsCancellationRequested;
        bool exhausted = plan.Window is not null && workers.Any(w => w.Exhausted);
        if ((interrupted || exhausted) && plan.Window is not null)
        {
            // Stopped before the window's end (the budget, or the data ran out): the rate is over the time measured.
            end = Math.Min(until, workers.Max(w => w.LastEnd));
        }

        double seconds = Math.Max(0, (double)(Math.Max(end, from) - from) / Stopwatch.Frequency);
        var latency = new LatencyHistogram();
        foreach (var worker in workers)
        {
            latency.Add(worker.Latency);
        }

        return Measurement.From(
            name,
            plan.Concurrency,
            seconds,
            workers.Sum(w => w.Calls),
            workers.Sum(w => w.Items),
            workers.Sum(w => w.Errors),
            latency,
            workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null) ?? (exhausted ? "the data set ran out before the window ended" : null),
            interrupted || exhausted);
    }

    /// <summary>The end of the measured window; the runner may move it later while the callers run.</summary>
    private sealed class WindowEnd(long until)
    {
        private long _until = until;

        public long Until
        {
            get => Volatile.Read(ref _until);
            set => Volatile.Write(ref _until, value);
        }
    }

    private sealed class Worker
    {
        public LatencyHistogram Latency { get; } = new();

        public long Calls { get; private set; }

        public long Items { get; private set; }

        public long Errors { get; private set; }

        public long LastEnd { get; private set; }

        public bool Exhausted { get; private set; }

        public string? FirstError { get; private set; }

        public async Task RunAsync(int index, Func<int, CancellationToken, ValueTask<int>> operation, long from, WindowEnd window, CancellationTokenSource stop)
        {
            var token = stop.Token;
            while (!token.IsCancellationRequested)
            {
                long t0 = Stopwatch.GetTimestamp();
                if (t0 >= window.Until)
                {
                    return;
                }

                int items;
                try
                {
                    items = await operation(index, token);
                }
                catch (Exception) when (token.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    long failedAt = Stopwatch.GetTimestamp();
                    if (t0 >= from && failedAt <= window.Until)
                    {
                        Errors++;
                        FirstError ??= $"{e.GetType().Name}: {e.Message}";
                    }

                    if (Errors > 1000 && Errors > Calls)
                    {
                        // Failing throughout: stop rather than measure errors.
                        await stop.CancelAsync();
                        return;
                    }

                    continue;
                }

                long t1 = Stopwatch.GetTimestamp();
                if (items == 0)
                {
                    Exhausted = true;
                    return;
                }

                if (t0 >= from && t1 <= window.Until)
                {
                    Latency.RecordElapsed(t0, t1);
                    Calls++;
                    Items += items;
                    LastEnd = t1;
                }
            }
        }
    }
}
