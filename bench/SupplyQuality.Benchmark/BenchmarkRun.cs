using System.Diagnostics;
using System.Globalization;
using SupplyQuality.Benchmark.Data;
using SupplyQuality.Benchmark.Infrastructure;
using SupplyQuality.Benchmark.Measurement;
using SupplyQuality.Benchmark.Ours;
using SupplyQuality.Benchmark.Peer;
using SupplyQuality.Benchmark.Reporting;
using SupplyQuality.Benchmark.Results;
using SupplyQuality.Benchmark.Scenarios;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Benchmark;

/// <summary>
/// One run, in this order: start Azurite, PostgreSQL, the echo server and the hub; item 1 (limits); the directory on
/// both sides; item 4 size by size (load the next records into both, then read), as far as the time budget reaches;
/// item 6 (cold start) at the largest size reached; items 2 and 3 (ingest one by one; bulk comes from the loads);
/// item 5 (push); then the peer alone at the sizes the hub did not reach, if time is left. Everything is stopped and
/// the results are written at the end, also after a failure.
/// </summary>
public sealed class BenchmarkRun(BenchmarkOptions options, RepositoryLayout layout) : IDisposable
{
    /// <summary>Records per append in the group-commit limit: about what 32 callers spread over a few logs would share.</summary>
    private const int GroupAppendRecords = 16;

    private static readonly TimeSpan Reserve = TimeSpan.FromSeconds(20);

    private readonly BenchmarkResults _results = new();
    private string _phase = "starting";
    private ISupplyChainSource _data = null!;
    private HubServer _hubServer = null!;
    private HubClient _hub = null!;
    private HubLoader _loader = null!;
    private PostgresServer _postgres = null!;
    private PeerDatabase _peer = null!;
    private PeerScorecards _peerReads = null!;
    private ReadScenarios _reads = null!;
    private List<(string Oem, string Supplier)> _relations = [];
    private List<string> _oems = [];
    private List<(PlannedEightD Plan, int ReadyAt)> _eightDs = [];
    private int _eightDsSentOurs, _eightDsSentPeer;
    private int _oursNcrs, _oursReceipts, _peerNcrs, _peerReceipts;
    private double _oursNcrRate = 400, _oursReceiptRate = 5_000, _peerNcrRate = 30_000, _peerReceiptRate = 60_000;
    private TimeBudget _budget = null!;

    public async Task<int> RunAsync()
    {
        var started = Stopwatch.StartNew();
        _results.StartedAt = DateTimeOffset.UtcNow;
        _results.Machine.LoadAverageAtStart = MachineFacts.LoadAverage();
        _results.Command = ("./bench.sh " + string.Join(' ', ShownArguments(options.Arguments))).Trim();
        _budget = new TimeBudget(options.Budget, Reserve);
        string work = options.WorkDirectory ?? Directory.CreateTempSubdirectory("sq-bench-").FullName;
        Directory.CreateDirectory(work);
        ChildProcess.RecordIdsIn(Path.Combine(work, "pids"));
        string output = options.OutputDirectory ?? (options.Quick ? Path.Combine(layout.Root, "artifacts", "bench-quick") : layout.Docs);
        Progress.Log($"work folder {work}; results to {output}; budget {options.Budget.TotalSeconds:0} s");

        AzuriteServer? azurite = null;
        ChildProcess? echo = null;
        int exitCode = 0;
        using var cancelKey = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancelKey.Cancel();
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_budget.Token, cancelKey.Token);
        var ct = stop.Token;
        try
        {
            layout.RequireBuilt();
            FillSettings();
            // Beyond the largest size: the records the one-by-one ingest and the push take after the reads.
            int largest = options.Sizes.Max();
            int headroom = options.Quick ? 50_000 : Math.Max(150_000, largest / 4);
            var asOf = DateTimeOffset.UtcNow;
            var directory = SupplyChainSources.Directory(options.Data, options.Quick, largest + headroom, asOf);
            // The history takes a while to generate (millions of records): it is made while the servers start and
            // the directory is registered, and before anything is measured.
            _phase = "generating the data set";
            var generation = Task.Run(() => SupplyChainSources.Create(options.Data, options.Quick, largest + headroom, asOf), ct);

            _phase = "starting Azurite, PostgreSQL, the echo server and the hub";
            var azuriteStart = AzuriteServer.StartAsync(layout, work);
            var postgresStart = PostgresServer.StartAsync(work, ct);
            var echoStart = EchoServer.StartAsync(work);
            azurite = await azuriteStart;
            _hubServer = new HubServer(layout, work, azurite.ConnectionString, new DevelopmentTokens());
            var hubStart = _hubServer.StartAsync(waitUntilServing: true, ct);
            _postgres = await postgresStart;
            (echo, int echoPort) = await echoStart;
            await hubStart;
            _hub = new HubClient(_hubServer.GrpcAddress, _hubServer.Tokens);
            var pool = PeerDatabase.CreatePool(_postgres.ConnectionString(options.Concurrency));
            await DescribeMachineAsync();
            Progress.Log($"started: Azurite {_results.Machine.Azurite}, {_results.Machine.PostgreSql.Split(',')[0]}, hub pid {_hubServer.Process.Id}");
            await DirectoryAsync(pool, directory, ct);

            _phase = "generating the data set";
            var (data, seconds) = await generation;
            _data = data;
            _results.Settings.Data = data.Description;
            _results.Settings.DataGenerationSeconds = Math.Round(seconds, 2);
            Progress.Log($"data: {data.Description} (generated in {seconds:0.0} s)");
            if (!directory.SameAs(DirectoryRequests.Of(data)))
            {
                throw new InvalidOperationException("the generated history's directory differs from the one registered");
            }

            PrepareDirectoryLists();
            _loader = new HubLoader(_hub, _data);
            _peer = new PeerDatabase(pool, _data);
            _peerReads = new PeerScorecards(pool);
            _reads = new ReadScenarios(_hub, _peerReads, _relations, _oems);
            _phase = "escalations";
            await _peer.LoadEscalationsAsync(ct);
            await _loader.LoadEscalationsAsync(options.Concurrency, ct);

            await LimitsAsync(echoPort, azurite.ConnectionString, ct);
            await SizesAsync(ct);
            await ColdStartAsync(ct);
            await IngestAsync(ct);
            await PushAsync(ct);
            await PeerOnlySizesAsync(ct);
            _results.Complete = true;
            _phase = "done";
        }
        catch (OperationCanceledException) when (_budget.Token.IsCancellationRequested || cancelKey.IsCancellationRequested)
        {
            string why = cancelKey.IsCancellationRequested ? "stopped by Ctrl-C" : "the time budget ran out";
            _results.Problems.Add($"{why} during: {_phase}");
            Progress.Log($"{why} during: {_phase}");
            exitCode = cancelKey.IsCancellationRequested ? 130 : 0;
        }
        catch (Exception e)
        {
            _results.Problems.Add($"failed during {_phase}: {e.GetType().Name}: {e.Message}");
            Progress.Log($"FAILED during {_phase}: {e}");
            exitCode = 1;
        }
        finally
        {
            Progress.Log("stopping the hub, Azurite, PostgreSQL and the echo server");
            await StopAsync(azurite, echo);
            _results.ElapsedSeconds = Math.Round(started.Elapsed.TotalSeconds, 1);
            _results.Machine.LoadAverageAtEnd = MachineFacts.LoadAverage();
            _results.Retries = Retry.Count;
            _results.Targets = [.. TargetEvaluation.Evaluate(_results)];
            Directory.CreateDirectory(output);
            ResultFiles.Write(_results, output);
            ConsoleReport.Write(_results);
            Progress.Log($"wrote {Path.Combine(output, ResultFiles.JsonName)}, {ResultFiles.MarkdownName} and {ResultFiles.ChartName}");
            if (!options.KeepWork && options.WorkDirectory is null)
            {
                TryDelete(work);
            }

        }

        return exitCode;
    }

    /// <summary>Everything is stopped at the end of <see cref="RunAsync"/>; this only releases what is left.</summary>
    public void Dispose()
    {
        _hub?.Dispose();
        _budget?.Dispose();
    }

    private void FillSettings()
    {
        var s = _results.Settings;
        s.Quick = options.Quick;
        s.Concurrency = options.Concurrency;
        s.BulkConcurrency = options.BulkConcurrency;
        s.BatchSize = options.BatchSize;
        s.WarmUpSeconds = options.WarmUp.TotalSeconds;
        s.IngestWindowSeconds = options.Window.TotalSeconds;
        s.ReadWindowSeconds = options.ReadWindow.TotalSeconds;
        s.Boards = options.Boards;
        s.BudgetSeconds = options.Budget.TotalSeconds;
        s.Sizes = options.Sizes;
        s.HubSettings = HubServer.BenchmarkSettings;
    }

    private void PrepareDirectoryLists()
    {
        _oems = [.. _data.Oems.Select(o => o.OemId)];
        _relations = [.. _data.Sourcing.Select(s => (s.OemId, s.SupplierId)).Distinct().OrderBy(r => r.OemId, StringComparer.Ordinal).ThenBy(r => r.SupplierId, StringComparer.Ordinal)];
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _data.NonconformanceCount; i++)
        {
            var n = _data.Nonconformance(i);
            position[n.OemId + "\n" + n.RequestId] = i;
        }

        _eightDs = [.. _data.EightDs
            .Select(p => (Plan: p, ReadyAt: p.NonconformanceRequestIds.Select(id => position.TryGetValue(p.Request.OemId + "\n" + id, out int at) ? at + 1 : int.MaxValue).DefaultIfEmpty(int.MaxValue).Max()))
            .Where(p => p.ReadyAt != int.MaxValue)
            .OrderBy(p => p.ReadyAt)];
        _results.Directory.Escalations = _data.Escalations.Count;
    }

    private async Task DescribeMachineAsync()
    {
        var m = _results.Machine;
        m.Cores = Environment.ProcessorCount;
        m.MemoryGiB = Math.Round(MachineFacts.MemoryBytes() / (1024.0 * 1024 * 1024), 1);
        m.CpuModel = MachineFacts.CpuModel();
        m.Os = MachineFacts.OsName();
        m.Kernel = Environment.OSVersion.VersionString;
        m.DotNet = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
        m.Azurite = AzuriteServer.Version(layout);
        m.PostgreSql = await _postgres.VersionAsync();
        m.PostgreSqlSettings = await _postgres.DurabilitySettingsAsync();
    }

    private LoadPlan Plan(TimeSpan window) => new(options.Concurrency, options.WarmUp, window);

    /// <summary>Reads: at least one completed read per caller, the window growing to 30 s for reads slower than the window.</summary>
    private LoadPlan ReadPlan => new(options.Concurrency, TimeSpan.FromSeconds(Math.Min(1, options.WarmUp.TotalSeconds)), options.ReadWindow)
    {
        MinimumCalls = options.Concurrency,
        MaximumWindow = TimeSpan.FromSeconds(30),
        CancelAtEnd = true,
    };

    private async Task LimitsAsync(int echoPort, string storage, CancellationToken ct)
    {
        _phase = "item 1: limits";
        var limitPlan = new LoadPlan(options.Concurrency, TimeSpan.FromSeconds(Math.Min(1, options.WarmUp.TotalSeconds)), TimeSpan.FromSeconds(Math.Min(5, options.Window.TotalSeconds)));
        _results.Limits.EmptyCall = await MachineLimits.EmptyCallAsync(echoPort, Plan(options.Window), ct);
        Progress.Log($"limit: empty call {Describe(_results.Limits.EmptyCall)}");
        _results.Limits.BlobCreate = await MachineLimits.BlobCreatesAsync(storage, limitPlan, ct);
        Progress.Log($"limit: Azurite blob create {Describe(_results.Limits.BlobCreate)}");
        _results.Limits.AppendBlock = await MachineLimits.AppendBlocksAsync(storage, limitPlan, 1, ct);
        Progress.Log($"limit: Azurite append {Describe(_results.Limits.AppendBlock)}");
        _results.Limits.GroupAppendRecords = GroupAppendRecords;
        _results.Limits.GroupAppendBlock = await MachineLimits.AppendBlocksAsync(storage, limitPlan, GroupAppendRecords, ct);
        Progress.Log($"limit: Azurite append of {GroupAppendRecords} records {Describe(_results.Limits.GroupAppendBlock)}");
    }

    private async Task DirectoryAsync(Npgsql.NpgsqlDataSource pool, DirectoryRequests directory, CancellationToken ct)
    {
        _phase = "the directory";
        await PeerDatabase.CreateSchemaAsync(pool, ct);
        var clock = Stopwatch.StartNew();
        await PeerDatabase.LoadDirectoryAsync(pool, directory, ct);
        _results.Directory.PeerSeconds = Math.Round(clock.Elapsed.TotalSeconds, 2);
        clock.Restart();
        await HubLoader.LoadDirectoryAsync(_hub, directory, options.Concurrency, ct);
        _results.Directory.OursSeconds = Math.Round(clock.Elapsed.TotalSeconds, 2);
        var d = _results.Directory;
        d.Oems = directory.Oems.Count;
        d.Suppliers = directory.Suppliers.Count;
        d.Parts = directory.Parts.Count;
        d.SourcingLinks = directory.Sourcing.Count;
        d.Relations = directory.Sourcing.Select(s => (s.OemId, s.SupplierId)).Distinct().Count();
        Progress.Log($"directory: {d.Oems} OEMs, {d.Suppliers} suppliers, {d.Parts} parts, {d.SourcingLinks} links, {d.Relations} relations: hub {d.OursSeconds:0.0} s (while the history was generated), peer {d.PeerSeconds:0.0} s");
    }

    /// <summary>Item 4: grow both sides size by size and read at each; stop growing the hub when the budget would not reach the next size.</summary>
    private async Task SizesAsync(CancellationToken ct)
    {
        bool oursStopped = false;
        foreach (int size in options.Sizes)
        {
            var s = new SizeResults { Nonconformances = size, Receipts = _data.ReceiptsFor(size) };
            _results.Sizes.Add(s);
            if (size > _data.NonconformanceCount)
            {
                s.OursNote = s.PeerNote = $"the data set has {_data.NonconformanceCount:N0} NCRs";
                continue;
            }

            if (oursStopped)
            {
                s.OursNote = NotReached(size);
                continue;
            }

            double oursSeconds = OursLoadSeconds(size);
            double need = oursSeconds + PeerLoadSeconds(size) + ReadsSeconds(bothSides: true) + TailSeconds(size);
            if (!_budget.Allows(TimeSpan.FromSeconds(need)))
            {
                oursStopped = true;
                s.OursNote = NotReached(size);
                Progress.Log($"size {size:N0}: not loading the hub: {s.OursNote}");
                continue;
            }

            _phase = $"item 4: loading the hub to {size:N0} NCRs";
            var allowance = _budget.Remaining - TimeSpan.FromSeconds(PeerLoadSeconds(size) + ReadsSeconds(bothSides: true) + TailSeconds(size));
            using (var step = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                step.CancelAfter(allowance > TimeSpan.Zero ? allowance : TimeSpan.Zero);
                s.OursReceiptLoad = await _loader.BulkReceiptsAsync("RecordReceipts (batch RPC)", _oursReceipts, s.Receipts, options.BatchSize, options.BulkConcurrency, step.Token);
                if (!s.OursReceiptLoad.Interrupted)
                {
                    _oursReceipts = s.Receipts;
                    _oursReceiptRate = Rate(s.OursReceiptLoad, _oursReceiptRate);
                    s.OursNonconformanceLoad = await _loader.BulkNonconformancesAsync("RaiseNonconformances (batch RPC)", _oursNcrs, size, options.BatchSize, options.BulkConcurrency, step.Token);
                }

                ct.ThrowIfCancellationRequested();
                if (s.OursReceiptLoad.Interrupted || s.OursNonconformanceLoad is null or { Interrupted: true })
                {
                    oursStopped = true;
                    s.OursNote = $"not reached in the time budget: the load was stopped after {(s.OursNonconformanceLoad?.Seconds ?? 0) + s.OursReceiptLoad.Seconds:0} s " +
                        $"(NCRs at {s.OursNonconformanceLoad?.ItemsPerSecond ?? 0:N0}/s, receipts at {s.OursReceiptLoad.ItemsPerSecond:N0}/s)";
                    Progress.Log($"size {size:N0}: {s.OursNote}");
                    continue;
                }
            }

            _oursNcrs = size;
            _oursNcrRate = Rate(s.OursNonconformanceLoad, _oursNcrRate);
            Progress.Log($"hub at {size:N0} NCRs: receipts {Describe(s.OursReceiptLoad)}; NCRs {Describe(s.OursNonconformanceLoad)}");
            await LoadPeerAsync(s, ct);
            s.EightDsRequested = await EightDsAsync(size, ours: true, ct);
            s.OursReached = true;

            _phase = $"item 4: reading at {size:N0} NCRs";
            s.Check = await CheckScorecardsAsync(ct);
            Progress.Log($"check at {size:N0}: {s.Check.Equal}/{s.Check.Compared} scorecards equal (repeat defects hub {s.Check.OursRepeatDefects}, peer {s.Check.PeerRepeatDefects}){(s.Check.Differences.Count > 0 ? "; " + s.Check.Differences[0] : string.Empty)}");
            s.OursScorecard = await _reads.OursScorecardsAsync(ReadPlan, ct);
            s.OursBoard = await _reads.OursBoardsAsync(ReadPlan, ct);
            (s.OursBoardMessageBytes, s.OursScorecardMessageBytes) = await _reads.OursMessageBytesAsync(ct);
            s.PeerScorecard = await _reads.PeerScorecardsAsync(ReadPlan, ct);
            s.PeerBoard = await _reads.PeerBoardsAsync(ReadPlan, ct);
            s.HubResidentBytes = _hubServer.Process.ResidentBytes();
            s.PeerDatabaseBytes = await _peer.DatabaseBytesAsync(ct);
            Progress.Log($"reads at {size:N0}: hub scorecard {Describe(s.OursScorecard)}; hub board {Describe(s.OursBoard)}");
            Progress.Log($"reads at {size:N0}: peer scorecard {Describe(s.PeerScorecard)}; peer board {Describe(s.PeerBoard)}");

            _results.Ingest.OursBulkNonconformance = s.OursNonconformanceLoad;
            _results.Ingest.OursBulkReceipt = s.OursReceiptLoad;
            _results.Ingest.PeerBulkNonconformance = s.PeerNonconformanceLoad;
            _results.Ingest.PeerBulkReceipt = s.PeerReceiptLoad;
        }
    }

    private async Task LoadPeerAsync(SizeResults s, CancellationToken ct)
    {
        _phase = $"item 4: loading the peer to {s.Nonconformances:N0} NCRs";
        s.PeerReceiptLoad = await _peer.CopyReceiptsAsync("COPY receipts", _peerReceipts, s.Receipts, options.BatchSize, options.BulkConcurrency, ct);
        _peerReceipts = s.Receipts;
        _peerReceiptRate = Rate(s.PeerReceiptLoad, _peerReceiptRate);
        s.PeerNonconformanceLoad = await _peer.CopyNonconformancesAsync("COPY ncrs", _peerNcrs, s.Nonconformances, options.BatchSize, options.BulkConcurrency, ct);
        _peerNcrs = s.Nonconformances;
        _peerNcrRate = Rate(s.PeerNonconformanceLoad, _peerNcrRate);
        s.EightDsRequested = await EightDsAsync(s.Nonconformances, ours: false, ct);
        var clock = Stopwatch.StartNew();
        await _peer.VacuumAnalyzeAsync(ct);
        s.PeerVacuumSeconds = Math.Round(clock.Elapsed.TotalSeconds, 2);
        s.PeerReached = true;
        Progress.Log($"peer at {s.Nonconformances:N0} NCRs: receipts {Describe(s.PeerReceiptLoad)}; NCRs {Describe(s.PeerNonconformanceLoad)}; VACUUM ANALYZE {s.PeerVacuumSeconds:0.0} s");
    }

    /// <summary>Requests the 8Ds whose NCRs are all among the first <paramref name="loaded"/>, on one side.</summary>
    private async Task<int> EightDsAsync(int loaded, bool ours, CancellationToken ct)
    {
        int sent = ours ? _eightDsSentOurs : _eightDsSentPeer;
        var due = _eightDs.Skip(sent).TakeWhile(p => p.ReadyAt <= loaded).Select(p => p.Plan).ToList();
        if (ours)
        {
            await _loader.RequestEightDsAsync(due, 16, ct);
            _eightDsSentOurs += due.Count;
            return _eightDsSentOurs;
        }

        await _peer.RequestEightDsAsync(due, 16, ct);
        _eightDsSentPeer += due.Count;
        return _eightDsSentPeer;
    }

    private async Task<ScorecardCheck> CheckScorecardsAsync(CancellationToken ct)
    {
        var check = new ScorecardCheck();
        int samples = Math.Min(20, _relations.Count);
        for (int i = 0; i < samples; i++)
        {
            var (oem, supplier) = _relations[(int)((long)i * 7919 % _relations.Count)];
            var ours = await _hub.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = oem, SupplierId = supplier }, _hub.Manager(oem), cancellationToken: ct);
            var peer = await _peerReads.ScorecardAsync(oem, supplier, ct);
            ScorecardComparison.Compare(ours, peer, check);
        }

        return check;
    }

    private async Task ColdStartAsync(CancellationToken ct)
    {
        var largest = _results.Sizes.LastOrDefault(s => s.OursReached);
        if (largest is null)
        {
            return;
        }

        _phase = $"item 6: cold start with {largest.Nonconformances:N0} NCRs";
        // The relation with the most NCRs behind its scorecard: the slowest to replay.
        var busiest = Enumerable.Range(0, largest.Nonconformances)
            .Select(_data.Nonconformance)
            .GroupBy(n => (n.OemId, n.SupplierId))
            .MaxBy(g => g.Count())!.Key;
        var scale = new ScaleResults
        {
            Nonconformances = _oursNcrs,
            Receipts = _oursReceipts,
            Relations = _relations.Count,
            PeerDatabaseBytes = await _peer.DatabaseBytesAsync(ct),
        };
        _results.Scale = scale;
        await ColdStart.RunAsync(_hubServer, _hub, _peerReads, _postgres, _oems, busiest, scale, ct);
        if (largest.Nonconformances < options.Sizes.Max())
        {
            scale.Note = $"with the largest size the hub reached in the time budget ({largest.Nonconformances:N0} NCRs), not {options.Sizes.Max():N0}";
        }

        Progress.Log($"cold start with {scale.Nonconformances:N0} NCRs: first answer {scale.FirstAnswerSeconds} s, first correct scorecard {scale.FirstCorrectScorecardSeconds} s, all boards {scale.AllBoardsCorrectSeconds} s; " +
            $"memory {Mb(scale.HubResidentBytesLoaded)} loaded, {Mb(scale.HubResidentBytesRestarted)} restarted; peer restart {scale.PeerRestartSeconds} s, first correct {scale.PeerFirstCorrectScorecardSeconds} s");
    }

    /// <summary>Items 2 and 3: one record per call at the benchmark's concurrency, the next records of the stream for both sides.</summary>
    private async Task IngestAsync(CancellationToken ct)
    {
        if (!_results.Sizes.Any(s => s.OursReached))
        {
            return;
        }

        _phase = "item 2: NCR ingest, one per call";
        var ingest = _results.Ingest;
        var oursNcr = new StreamCursor(_oursNcrs, _data.NonconformanceCount);
        ingest.OursNonconformance = await LoadRunner.RunAsync("RaiseNonconformance", Plan(options.Window), _loader.SingleNonconformances(oursNcr), ct);
        _oursNcrs = oursNcr.Position;
        Progress.Log($"hub RaiseNonconformance: {Describe(ingest.OursNonconformance)}");
        var peerNcr = new StreamCursor(_peerNcrs, _data.NonconformanceCount);
        ingest.PeerNonconformance = await LoadRunner.RunAsync("INSERT INTO ncrs", Plan(options.Window), _peer.SingleNonconformances(peerNcr), ct);
        _peerNcrs = peerNcr.Position;
        Progress.Log($"peer INSERT ncrs: {Describe(ingest.PeerNonconformance)}");

        _phase = "item 2: receipt ingest, one per call";
        var oursReceipt = new StreamCursor(_oursReceipts, _data.ReceiptCount);
        ingest.OursReceipt = await LoadRunner.RunAsync("RecordReceipt", Plan(options.Window), _loader.SingleReceipts(oursReceipt), ct);
        _oursReceipts = oursReceipt.Position;
        Progress.Log($"hub RecordReceipt: {Describe(ingest.OursReceipt)}");
        var peerReceipt = new StreamCursor(_peerReceipts, _data.ReceiptCount);
        ingest.PeerReceipt = await LoadRunner.RunAsync("INSERT INTO receipts", Plan(options.Window), _peer.SingleReceipts(peerReceipt), ct);
        _peerReceipts = peerReceipt.Position;
        Progress.Log($"peer INSERT receipts: {Describe(ingest.PeerReceipt)}");
    }

    private async Task PushAsync(CancellationToken ct)
    {
        if (_results.Ingest.OursNonconformance is not { ItemsPerSecond: > 0 } single)
        {
            return;
        }

        _phase = "item 5: push latency";
        var cursor = new StreamCursor(_oursNcrs, _data.NonconformanceCount);
        var push = new PushScenario(_hub, _data, _hubServer.WebAddress);
        _results.Push = await push.RunAsync(options.Boards, single.ItemsPerSecond / 2, options.WarmUp, options.Window + TimeSpan.FromSeconds(2), cursor, ct);
        _oursNcrs = cursor.Position;
        var p = _results.Push;
        Progress.Log($"push to {p.Boards} boards at {p.AchievedRate:0}/s (target {p.TargetRate:0}/s): p50 {p.P50Ms} ms, p99 {p.P99Ms} ms, max {p.MaxMs} ms; {p.Samples} samples, {p.Missing} missing");
        foreach (string line in p.MissingDetail)
        {
            Progress.Log("  missing: " + line);
        }
    }

    /// <summary>The sizes the hub did not reach: the peer alone, when the budget allows, so its curve shows how it grows.</summary>
    private async Task PeerOnlySizesAsync(CancellationToken ct)
    {
        foreach (var s in _results.Sizes.Where(s => !s.OursReached && !s.PeerReached && s.Nonconformances <= _data.NonconformanceCount))
        {
            if (s.Nonconformances < _peerNcrs)
            {
                s.PeerNote = $"the peer already held {_peerNcrs:N0} NCRs after the ingest runs";
                continue;
            }

            double need = PeerLoadSeconds(s.Nonconformances) + ReadsSeconds(bothSides: false) + 5;
            if (!_budget.Allows(TimeSpan.FromSeconds(need)))
            {
                s.PeerNote = $"not reached in the time budget: COPY at {_peerNcrRate:N0} NCRs/s and {_peerReceiptRate:N0} receipts/s would need about {PeerLoadSeconds(s.Nonconformances):N0} s";
                continue;
            }

            await LoadPeerAsync(s, ct);
            _phase = $"item 4: peer reads at {s.Nonconformances:N0} NCRs";
            s.PeerScorecard = await _reads.PeerScorecardsAsync(ReadPlan, ct);
            s.PeerBoard = await _reads.PeerBoardsAsync(ReadPlan, ct);
            s.PeerDatabaseBytes = await _peer.DatabaseBytesAsync(ct);
            Progress.Log($"peer alone at {s.Nonconformances:N0}: scorecard {Describe(s.PeerScorecard)}; board {Describe(s.PeerBoard)}");
        }
    }

    private string NotReached(int size)
    {
        double seconds = OursLoadSeconds(size);
        return $"not reached in the time budget: at the measured load rates ({_oursNcrRate:N0} NCRs/s and {_oursReceiptRate:N0} receipts/s through the batch RPCs) " +
            $"the hub would need about {seconds:N0} s more to load {size - _oursNcrs:N0} NCRs and {_data.ReceiptsFor(size) - _oursReceipts:N0} receipts";
    }

    private double OursLoadSeconds(int size) => ((size - _oursNcrs) / _oursNcrRate) + ((_data.ReceiptsFor(size) - _oursReceipts) / _oursReceiptRate);

    private double PeerLoadSeconds(int size) =>
        (1.3 * (((size - _peerNcrs) / _peerNcrRate) + ((_data.ReceiptsFor(size) - _peerReceipts) / _peerReceiptRate))) + 3;

    /// <summary>Reads at one size: the hub's are quick; the peer's grow with the size, up to the longest window a read scenario may take.</summary>
    private double ReadsSeconds(bool bothSides) => bothSides
        ? (4 * (ReadPlan.WarmUp + options.ReadWindow).TotalSeconds * 1.2) + 10
        : 2 * (ReadPlan.WarmUp + ReadPlan.MaximumWindow).TotalSeconds;

    /// <summary>What has to fit after the sizes: the cold start (replay), one-by-one ingest, push, writing the results.</summary>
    private double TailSeconds(int size)
    {
        double phase = (options.WarmUp + options.Window).TotalSeconds;
        double replay = 15 + ((size + _data.ReceiptsFor(size)) / 40_000.0);
        return replay + (4 * (phase + 2)) + (phase + 10 + options.Boards / 10.0) + 10;
    }

    private static double Rate(Measurement.Measurement m, double previous) => m is { ItemsPerSecond: > 0, Items: > 100 } ? m.ItemsPerSecond : previous;

    private async Task StopAsync(AzuriteServer? azurite, ChildProcess? echo)
    {
        try
        {
            if (_peer is not null)
            {
                await _peer.DisposeAsync();
            }

            _hub?.Dispose();
            if (_hubServer is not null)
            {
                await _hubServer.DisposeAsync();
            }

            if (_postgres is not null)
            {
                await _postgres.DisposeAsync();
            }

            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            echo?.Dispose();
        }
        catch (Exception e)
        {
            _results.Problems.Add($"stopping: {e.Message}");
        }
        finally
        {
            ChildProcess.KillAll();
        }
    }

    /// <summary>The arguments a person gave: the work folder and the budget that ./bench.sh adds are machine details.</summary>
    private static IEnumerable<string> ShownArguments(IReadOnlyList<string> arguments)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is "--work" or "--budget-seconds" or "--out")
            {
                i++;
                continue;
            }

            yield return arguments[i];
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Progress.Log($"could not remove the work folder {directory}: {e.Message}");
        }
    }

    private static string Mb(long? bytes) => bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / 1048576.0:N0} MiB") : "-";

    private static string Describe(Measurement.Measurement? m) => m is null ? "-" : string.Create(CultureInfo.InvariantCulture,
        $"{m.ItemsPerSecond:N0}/s ({m.Calls:N0} calls, {m.Items:N0} records in {m.Seconds:0.0} s), p50 {m.P50Ms:0.###} ms, p99 {m.P99Ms:0.###} ms{(m.Errors > 0 ? $", {m.Errors} errors: {m.FirstError}" : string.Empty)}");
}
