using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Spectre.Console;

namespace SupplyQuality.Cli;

/// <summary>
/// Sends the valid rows of an import file with a batch RPC: chunks of up to 1000 items (and well below the hub's
/// 1 MiB message limit), a few calls in flight, a progress bar. When the hub refuses a chunk, the items it names
/// (<c>receipts[i].field</c>) are reported as the file's rows and columns; without <c>--skip-bad-rows</c> no further
/// chunk is started, with it the named rows are left out and the rest of the chunk is sent again.
/// </summary>
internal sealed class BatchImporter<TItem>(CliContext context, ICsvBatchImport<TItem> kind, string oemId, bool skipBadRows)
{
    /// <summary>The most items a batch RPC takes.</summary>
    public const int MaxItemsPerCall = 1000;

    /// <summary>Room below the hub's 1 MiB message limit for the envelope and for a hub configured a little lower.</summary>
    public const int MaxBytesPerCall = 768 * 1024;

    /// <summary>Enough to keep the hub's storage writes overlapping without one client hogging it.</summary>
    public const int CallsInFlight = 4;

    /// <summary>A batch writes up to a thousand records durably; give it more than a single call's 30 s.</summary>
    private static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(2);

    private readonly ConcurrentBag<CsvProblem> _refusedItems = [];
    private readonly ConcurrentBag<(int FirstRow, int LastRow, int Count, string Message)> _refusedChunks = [];
    private int _recorded;
    private int _refused;
    private int _skipped;
    private int _notSent;
    private int _calls;
    private volatile bool _stopped;

    /// <summary>Sends every row; prints the summary and each refusal; the exit code (0 when everything sent was recorded).</summary>
    public async Task<int> RunAsync(Hub hub, IReadOnlyList<CsvImportRow<TItem>> rows, CancellationToken ct)
    {
        var chunks = Chunks(rows);
        var clock = Stopwatch.StartNew();
        await context.Console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"Sending {kind.Noun}", maxValue: Math.Max(1, rows.Count));
            await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = CallsInFlight, CancellationToken = ct }, async (chunk, token) =>
            {
                if (_stopped)
                {
                    Interlocked.Add(ref _notSent, chunk.Count);
                }
                else
                {
                    await SendChunkAsync(hub, chunk, token);
                }

                task.Increment(chunk.Count);
            });
        });
        clock.Stop();

        int failed = _refused + _refusedChunks.Sum(c => c.Count);
        var summary = $"sent {rows.Count - _notSent} {kind.Noun} in {_calls} batch call(s) ({clock.Elapsed.TotalSeconds:0.0} s): {_recorded} ok, {failed} failed";
        if (_skipped > 0)
        {
            summary += $", {_skipped} left out (refused by the hub, --skip-bad-rows)";
        }

        if (_notSent > 0)
        {
            summary += $", {_notSent} not sent (stopped at the first refused batch)";
        }

        await context.Output.WriteLineAsync(summary);
        foreach (var problem in _refusedItems.OrderBy(p => p.Row).ThenBy(p => p.Column, StringComparer.Ordinal))
        {
            await context.Error.WriteLineAsync($"{problem} (refused by the hub)");
        }

        foreach (var chunk in _refusedChunks.OrderBy(c => c.FirstRow))
        {
            await context.Error.WriteLineAsync($"error: rows {chunk.FirstRow}-{chunk.LastRow} ({chunk.Count} {kind.Noun}): {chunk.Message}");
        }

        if (failed > 0 || _notSent > 0)
        {
            await context.Error.WriteLineAsync($"error: not every row was recorded; fix the rows named above and run the import again (rows already recorded are not recorded twice)");
            return 1;
        }

        return 0;
    }

    private async Task SendChunkAsync(Hub hub, List<CsvImportRow<TItem>> chunk, CancellationToken ct)
    {
        var pending = chunk;
        while (pending.Count > 0)
        {
            try
            {
                Interlocked.Increment(ref _calls);
                await kind.SendAsync(hub, oemId, pending.Select(r => r.Item).ToList(), new CallOptions(deadline: DateTime.UtcNow.Add(CallTimeout), cancellationToken: ct));
                Interlocked.Add(ref _recorded, pending.Count);
                return;
            }
            catch (RpcException e)
            {
                var named = e.StatusCode == StatusCode.InvalidArgument
                    ? HubItemError.Parse(kind.ListField, e.Status.Detail).Where(i => i.Index >= 0 && i.Index < pending.Count).ToList()
                    : [];
                if (named.Count == 0)
                {
                    _refusedChunks.Add((pending[0].Row, pending[^1].Row, pending.Count, $"{SqCli.StatusName(e.StatusCode)}: {e.Status.Detail}"));
                    // Refusals of the data (a missing sourcing link, an unknown id) spare the other chunks with
                    // --skip-bad-rows; anything else (token, storage) would refuse them all.
                    if (!skipBadRows || e.StatusCode is not (StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.NotFound))
                    {
                        _stopped = true;
                    }

                    return;
                }

                foreach (var item in named)
                {
                    _refusedItems.Add(new CsvProblem(pending[item.Index].Row, kind.ColumnOf(item.Field), item.Rule));
                }

                var bad = named.Select(i => i.Index).ToHashSet();
                if (!skipBadRows)
                {
                    Interlocked.Add(ref _refused, pending.Count);
                    _stopped = true;
                    return;
                }

                Interlocked.Add(ref _skipped, bad.Count);
                pending = pending.Where((_, i) => !bad.Contains(i)).ToList();
            }
        }
    }

    /// <summary>Consecutive rows, at most <see cref="MaxItemsPerCall"/> items and <see cref="MaxBytesPerCall"/> bytes each.</summary>
    private List<List<CsvImportRow<TItem>>> Chunks(IReadOnlyList<CsvImportRow<TItem>> rows)
    {
        var chunks = new List<List<CsvImportRow<TItem>>>();
        var current = new List<CsvImportRow<TItem>>();
        int bytes = 0;
        foreach (var row in rows)
        {
            // Each repeated item costs its size plus a tag and a length prefix of at most 4 bytes.
            int size = kind.Size(row.Item) + 5;
            if (current.Count > 0 && (current.Count == MaxItemsPerCall || bytes + size > MaxBytesPerCall))
            {
                chunks.Add(current);
                current = [];
                bytes = 0;
            }

            current.Add(row);
            bytes += size;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }
}
