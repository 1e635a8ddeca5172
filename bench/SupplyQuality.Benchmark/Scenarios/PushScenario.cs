using System.Collections.Concurrent;
using System.Diagnostics;
using SupplyQuality.Benchmark.Data;
using SupplyQuality.Benchmark.Measurement;
using SupplyQuality.Benchmark.Ours;
using SupplyQuality.Benchmark.Results;
using SupplyQuality.Contracts.V1;
using static System.FormattableString;

namespace SupplyQuality.Benchmark.Scenarios;

/// <summary>
/// Item 5: boards connected over SignalR (OEM managers, the OEMs in turn) while NCRs arrive at a fixed rate. An NCR's
/// latency on a board is from the moment its caller had the answer to RaiseNonconformance to the first update of its
/// supplier on that board whose NCR count includes it. So that the count says which NCR is in it, a relation has at
/// most one NCR in flight at a time (at half the ingest maximum over hundreds of relations this rarely holds one back).
/// </summary>
public sealed class PushScenario(HubClient hub, ISupplyChainSource data, string webAddress)
{
    public async Task<PushResults> RunAsync(int boards, double rate, TimeSpan warmUp, TimeSpan window, StreamCursor cursor, CancellationToken cancellationToken)
    {
        var result = new PushResults { Boards = boards, TargetRate = Math.Round(rate, 1) };
        var oems = data.Oems.Select(o => o.OemId).ToList();
        var connections = new List<BoardConnection>();
        try
        {
            for (int i = 0; i < boards; i++)
            {
                string oem = oems[i % oems.Count];
                connections.Add(new BoardConnection(webAddress, oem, hub.ManagerToken(oem)));
            }

            await Parallel.ForEachAsync(connections, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (c, ct) => await c.ConnectAsync(ct));

            // Each relation's NCR count now: the base the pushed counts are compared with.
            var counts = new ConcurrentDictionary<(string Oem, string Supplier), int>();
            foreach (string oem in oems)
            {
                var board = await hub.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = oem }, hub.Manager(oem), cancellationToken: cancellationToken);
                foreach (var card in board.Suppliers)
                {
                    counts[(oem, card.SupplierId)] = card.Figures.Nonconformances;
                }
            }

            var acks = new ConcurrentBag<(string Oem, string Supplier, int Count, long At, bool Measured)>();
            var busy = new ConcurrentDictionary<(string, string), byte>();
            var pending = new Queue<int>();
            var inFlight = new List<Task>();
            long errors = 0, sent = 0;
            var clock = Stopwatch.StartNew();
            double total = (warmUp + window).TotalSeconds;
            long measureFrom = Stopwatch.GetTimestamp() + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
            while (clock.Elapsed.TotalSeconds < total && await timer.WaitForNextTickAsync(cancellationToken))
            {
                long due = (long)(clock.Elapsed.TotalSeconds * rate) - sent;
                var deferred = new List<int>();
                while (due > 0 && inFlight.Count < 512)
                {
                    int index;
                    if (pending.Count > 0)
                    {
                        index = pending.Dequeue();
                    }
                    else if (!cursor.TryTake(out index))
                    {
                        break;
                    }

                    var request = data.Nonconformance(index);
                    var key = (request.OemId, request.SupplierId);
                    if (!busy.TryAdd(key, 0))
                    {
                        deferred.Add(index);
                        continue;
                    }

                    due--;
                    sent++;
                    inFlight.Add(Task.Run(async () =>
                    {
                        long started = Stopwatch.GetTimestamp();
                        try
                        {
                            await hub.Nonconformances.RaiseNonconformanceAsync(request, hub.QualityEngineer(request.OemId), DateTime.UtcNow.AddMinutes(1), CancellationToken.None);
                            long at = Stopwatch.GetTimestamp();
                            int count = counts.AddOrUpdate(key, 1, (_, c) => c + 1);
                            acks.Add((key.OemId, key.SupplierId, count, at, started >= measureFrom));
                        }
                        catch (Grpc.Core.RpcException)
                        {
                            Interlocked.Increment(ref errors);
                        }
                        finally
                        {
                            busy.TryRemove(key, out _);
                        }
                    }, CancellationToken.None));
                }

                foreach (int index in deferred)
                {
                    pending.Enqueue(index);
                }

                inFlight.RemoveAll(t => t.IsCompleted);
            }

            await Task.WhenAll(inFlight);
            double seconds = clock.Elapsed.TotalSeconds;
            // Let the last updates arrive.
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);

            var latency = new LatencyHistogram();
            long before = 0, missing = 0, samples = 0;
            var detail = new List<string>();
            var measured = acks.Where(a => a.Measured).ToList();
            foreach (var board in connections)
            {
                var updates = board.UpdatesBySupplier();
                foreach (var ack in measured.Where(a => a.Oem == board.OemId))
                {
                    var first = updates.TryGetValue(ack.Supplier, out var list) ? list.FirstOrDefault(u => u.Nonconformances >= ack.Count) : default;
                    if (first.At == 0)
                    {
                        missing++;
                        int seen = list is null || list.Count == 0 ? -1 : list.Max(u => u.Nonconformances);
                        detail.Add(Invariant($"{ack.Oem}/{ack.Supplier} count {ack.Count}: board {connections.IndexOf(board)} saw at most {seen}"));
                        continue;
                    }

                    samples++;
                    if (first.At < ack.At)
                    {
                        before++;
                        latency.Record(0);
                    }
                    else
                    {
                        latency.RecordElapsed(ack.At, first.At);
                    }
                }
            }

            result.Seconds = Math.Round(seconds, 2);
            result.Nonconformances = acks.Count;
            result.AchievedRate = Math.Round(acks.Count / seconds, 1);
            result.Errors = errors;
            result.Samples = samples;
            result.P50Ms = Round(latency.Milliseconds(50));
            result.P99Ms = Round(latency.Milliseconds(99));
            result.MaxMs = Round(latency.MaxMilliseconds);
            result.BeforeAcknowledgement = before;
            result.Missing = missing;
            result.MissingDetail = [.. detail.Take(50)];
            result.Messages = connections.Sum(c => c.Messages);
            return result;
        }
        finally
        {
            await Task.WhenAll(connections.Select(async c => await c.DisposeAsync()));
        }
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
