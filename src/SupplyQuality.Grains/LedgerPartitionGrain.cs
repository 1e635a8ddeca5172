using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Ledger;

namespace SupplyQuality.Grains;

/// <summary>
/// A partition log: the write-ahead log of the relation ledgers of its partition. Appends from all its streams are
/// group-committed into one append-blob block (one storage request for many writers, the way a database's log
/// flush serves many transactions); a checkpoint later copies each stream's lines into the stream's own ledger in one
/// append per stream and deletes the log segments it has copied. Reentrant: appends, reads and a checkpoint
/// interleave at awaits, one thread at a time.
/// </summary>
/// <remarks>
/// Log segments are ledgers named partitions/{p}/{segment}. After a crash the next activation reads the segments
/// still there (at most a checkpoint interval of writes), continues appending at the end of the last one (so a stale
/// activation still writing there is caught by the append position) and copies what it read. Copying is idempotent:
/// lines carry their stream's sequence numbers and only those past the ledger's end are appended.
/// </remarks>
[Reentrant]
public sealed class LedgerPartitionGrain(ILedgerBlockStore store, LedgerPartitionOptions options, ILogger<LedgerPartitionGrain> logger)
    : Grain, ILedgerPartitionGrain
{
    private readonly Dictionary<string, LedgerStream> _streams = new(StringComparer.Ordinal);

    /// <summary>Log segments not yet retired, and their lengths as this activation wrote or read them.</summary>
    private readonly SortedDictionary<int, long> _segments = [];

    private GroupCommitWriter<PartitionLogEntry> _log = null!;
    private int _segment = 1;
    private ILedgerBlockWriter? _writer;

    /// <summary>The segment a log write in flight goes to; 0 when none is.</summary>
    private int _writing;

    /// <summary>A checkpoint asked for a new segment while a write was in flight: the next write starts it.</summary>
    private bool _rotate;
    private long _waitingLines;
    private bool _broken;
    private Task _checkpoint = Task.CompletedTask;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        long partition = this.GetPrimaryKeyLong();
        var names = new List<string>();
        await foreach (string name in store.ListAsync(LedgerPartitions.Folder(partition), cancellationToken))
        {
            names.Add(name);
        }

        foreach (var (name, segment) in names.Select(n => (n, LedgerPartitions.SegmentNumber(n))).OrderBy(n => n.Item2))
        {
            var blocks = await store.OpenBlocksAsync(name, cancellationToken);
            foreach (var entry in PartitionLogFormat.Read(blocks.Content, segment))
            {
                Waiting(Stream(entry.Stream), entry);
            }

            _segments[segment] = blocks.Writer.Length;
            (_segment, _writer) = (segment, blocks.Writer);
        }

        _log = new GroupCommitWriter<PartitionLogEntry>(WriteLogAsync, entry => Waiting(Stream(entry.Stream), entry), maxBatch: 2_000);
        this.RegisterGrainTimer(CheckpointIfDue, new GrainTimerCreationOptions { DueTime = options.CheckpointInterval, Period = options.CheckpointInterval, Interleave = true });
        if (_waitingLines > 0)
        {
            logger.LogInformation("Partition log {Partition}: {Lines} lines of {Segments} segments to copy after a restart", partition, _waitingLines, _segments.Count);
            StartCheckpoint();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        try
        {
            await _checkpoint;
            if (!_broken && _waitingLines > 0)
            {
                await CheckpointAsync();
            }
        }
        catch (Exception e)
        {
            // Nothing is lost: the lines stay in the log and the next activation copies them.
            logger.LogWarning(e, "Partition log {Partition}: checkpoint at deactivation failed", this.GetPrimaryKeyLong());
        }
    }

    public async Task<LedgerStreamContent> Open(string stream)
    {
        var s = Stream(stream);
        await s.Gate.WaitAsync();
        try
        {
            var blocks = await LoadAsync(s, stream);
            var lines = new MemoryStream();
            lines.Write(blocks.Content.Span);
            long end = s.Copied;
            foreach (var entry in s.Waiting)
            {
                if (entry.End > end)
                {
                    lines.Write(LedgerLines.SkipLines(entry.Lines, (int)Math.Max(0, end - entry.Sequence)).Span);
                    end = entry.End;
                }
            }

            return new LedgerStreamContent(lines.ToArray(), end);
        }
        finally
        {
            s.Gate.Release();
        }
    }

    public async Task Append(string stream, long expectedSequence, Immutable<byte[]> lines, int count)
    {
        if (_broken)
        {
            throw new LedgerConflictException($"partition log {this.GetPrimaryKeyLong()} is reloading after a failed write");
        }

        var s = Stream(stream);
        if (s.Next < 0)
        {
            await s.Gate.WaitAsync();
            try
            {
                if (s.Next < 0)
                {
                    await LoadAsync(s, stream);
                }
            }
            finally
            {
                s.Gate.Release();
            }
        }

        if (expectedSequence != s.Next)
        {
            throw new LedgerConflictException($"ledger {stream} is at line {s.Next}, the append expected {expectedSequence}");
        }

        if (_broken)
        {
            throw new LedgerConflictException($"partition log {this.GetPrimaryKeyLong()} is reloading after a failed write");
        }

        s.Next += count;
        try
        {
            await _log.AppendAsync(new PartitionLogEntry(stream, expectedSequence, count, lines.Value));
        }
        catch
        {
            // The log's true end is unknown now (the block may have landed): reload it in a new activation.
            _broken = true;
            this.DeactivateOnIdle();
            throw;
        }

        if (_waitingLines >= options.CheckpointLines)
        {
            StartCheckpoint();
        }
    }

    public Task<ImmutableArray<string>> PendingStreams(string prefix) =>
        Task.FromResult(_streams.Where(s => s.Value.Waiting.Count > 0 && s.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(s => s.Key).Order(StringComparer.Ordinal).ToImmutableArray());

    public async Task Checkpoint()
    {
        await _checkpoint;
        StartCheckpoint();
        await _checkpoint;
    }

    private LedgerStream Stream(string stream)
    {
        if (!_streams.TryGetValue(stream, out var s))
        {
            s = new LedgerStream();
            _streams.Add(stream, s);
        }

        return s;
    }

    private void Waiting(LedgerStream s, PartitionLogEntry entry)
    {
        s.Waiting.Add(entry);
        _waitingLines += entry.Count;
    }

    /// <summary>Reads the stream's ledger (under its gate): how far it is copied, and where the next append goes.</summary>
    private async Task<LedgerBlocks> LoadAsync(LedgerStream s, string stream)
    {
        var blocks = await store.OpenBlocksAsync(stream, CancellationToken.None);
        s.Writer = blocks.Writer;
        s.Copied = blocks.LineCount;
        long logged = s.Waiting.Count == 0 ? 0 : s.Waiting[^1].End;
        s.Next = Math.Max(s.Next, Math.Max(s.Copied, logged));
        return blocks;
    }

    private async Task WriteLogAsync(IReadOnlyList<PartitionLogEntry> entries)
    {
        if (_rotate)
        {
            Rotate();
        }

        // The segment and writer of this write, whatever a checkpoint does while it is in flight.
        int segment = _segment;
        _writing = segment;
        try
        {
            if (_writer is null)
            {
                var blocks = await store.OpenBlocksAsync(LedgerPartitions.SegmentName(this.GetPrimaryKeyLong(), segment), CancellationToken.None);
                if (blocks.Writer.Length > 0)
                {
                    throw new LedgerConflictException($"partition log {this.GetPrimaryKeyLong()} segment {segment} was written by another activation");
                }

                _writer = blocks.Writer;
            }

            var writer = _writer;
            await writer.AppendAsync(PartitionLogFormat.Write(entries), CancellationToken.None);
            _segments[segment] = writer.Length;
            foreach (var entry in entries)
            {
                entry.Segment = segment;
            }

            if (writer.Blocks >= AzureAppendBlobLedgerStore.MaxBlocksPerSegment - 1_000)
            {
                StartCheckpoint();
            }
        }
        finally
        {
            _writing = 0;
        }
    }

    /// <summary>New log writes go to the next segment (unless the current one is still empty).</summary>
    private void Rotate()
    {
        _rotate = false;
        if (_writer is { Length: > 0 })
        {
            _segment++;
            _writer = null;
        }
    }

    private Task CheckpointIfDue()
    {
        if (_checkpoint.IsCompleted && !_broken && (_waitingLines > 0 || _segments.Count > 1))
        {
            StartCheckpoint();
        }

        return Task.CompletedTask;
    }

    private void StartCheckpoint()
    {
        if (_checkpoint.IsCompleted && !_broken)
        {
            _checkpoint = RunCheckpointAsync();
        }
    }

    private async Task RunCheckpointAsync()
    {
        try
        {
            await CheckpointAsync();
        }
        catch (Exception e)
        {
            // The lines stay in the log; the next checkpoint tries again.
            logger.LogWarning(e, "Partition log {Partition}: checkpoint failed; {Lines} lines wait in the log", this.GetPrimaryKeyLong(), _waitingLines);
        }
    }

    /// <summary>
    /// New appends go to a fresh segment; every stream's waiting lines are copied into its ledger (one append each);
    /// then the older segments, all of whose lines are copied, are deleted if nobody appended to them meanwhile.
    /// </summary>
    private async Task CheckpointAsync()
    {
        // Segments below this one take no more writes: the current one is sealed now, or by the next write if one
        // is in flight (never switch a writer under a write).
        int retireBelow;
        if (_writing == 0)
        {
            Rotate();
            retireBelow = _segment;
        }
        else
        {
            _rotate = true;
            retireBelow = _writing;
        }

        var streams = _streams.Where(s => s.Value.Waiting.Count > 0).ToList();
        for (int i = 0; i < streams.Count; i += options.CheckpointConcurrency)
        {
            await Task.WhenAll(streams.Skip(i).Take(options.CheckpointConcurrency).Select(s => CopyAsync(s.Key, s.Value)));
        }

        foreach (var (segment, length) in _segments.Where(s => s.Key < retireBelow).ToList())
        {
            if (_streams.Values.Any(s => s.Waiting.Any(e => e.Segment == segment)))
            {
                return;
            }

            if (!await store.DeleteAsync(LedgerPartitions.SegmentName(this.GetPrimaryKeyLong(), segment), length, CancellationToken.None))
            {
                // Another activation appended to it: this one no longer owns the log.
                _broken = true;
                this.DeactivateOnIdle();
                throw new LedgerConflictException($"partition log {this.GetPrimaryKeyLong()} segment {segment} changed under its checkpoint");
            }

            _segments.Remove(segment);
        }
    }

    /// <summary>Copies a stream's waiting lines into its ledger; lines the ledger already holds are skipped.</summary>
    private async Task CopyAsync(string stream, LedgerStream s)
    {
        await s.Gate.WaitAsync();
        try
        {
            if (s.Writer is null)
            {
                await LoadAsync(s, stream);
            }

            var copying = s.Waiting.ToList();
            var lines = new MemoryStream();
            long end = s.Copied;
            foreach (var entry in copying)
            {
                if (entry.Sequence > end)
                {
                    throw new InvalidDataException($"ledger {stream} ends at line {end} but its next logged lines start at {entry.Sequence}");
                }

                if (entry.End > end)
                {
                    lines.Write(LedgerLines.SkipLines(entry.Lines, (int)(end - entry.Sequence)).Span);
                    end = entry.End;
                }
            }

            if (lines.Length > 0)
            {
                try
                {
                    await s.Writer!.AppendAsync(lines.GetBuffer().AsMemory(0, (int)lines.Length), CancellationToken.None);
                }
                catch
                {
                    // Its true end is unknown: read it again next time.
                    s.Writer = null;
                    throw;
                }

                s.Copied = end;
            }

            s.Waiting.RemoveRange(0, copying.Count);
            _waitingLines -= copying.Sum(e => e.Count);
        }
        finally
        {
            s.Gate.Release();
        }
    }

    /// <summary>What the partition knows of one stream.</summary>
    private sealed class LedgerStream
    {
        /// <summary>Serializes reading and copying the stream's ledger.</summary>
        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Logged (durable) lines not yet known to be in the ledger, in sequence order.</summary>
        public List<PartitionLogEntry> Waiting { get; } = [];

        /// <summary>The sequence the next append must carry, counting appends in flight; -1 until the ledger is read.</summary>
        public long Next { get; set; } = -1;

        /// <summary>How many lines the ledger holds (as last read or copied).</summary>
        public long Copied { get; set; }

        /// <summary>Appends to the ledger after <see cref="Copied"/>; null until read (or after a failed copy).</summary>
        public ILedgerBlockWriter? Writer { get; set; }
    }
}
