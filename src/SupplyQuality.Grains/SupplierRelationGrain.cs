using System.Collections.Immutable;
using Orleans.Concurrency;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Consistency;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Ledger;
using SupplyQuality.Grains.Telemetry;

namespace SupplyQuality.Grains;

/// <summary>
/// An OEM-supplier relation. Reentrant so that concurrent writes can share one ledger append (group commit);
/// state changes only in the writer's apply step, after the append is durable, in ledger order.
/// Changes are published at most every <see cref="PublishDelay"/> (a burst becomes one update), and a reminder
/// wakes the grain when an 8D milestone falls due, so risk rises even if nobody touches the 8D.
/// Scorecards come from a <see cref="ScorecardCache"/>: the report to the OEM, the publish and concurrent readers of
/// one version share one computation.
/// </summary>
[Reentrant]
public sealed class SupplierRelationGrain(IRelationLedgerStore ledgers, TimeProvider clock) : Grain, ISupplierRelationGrain, IRemindable
{
    public const string MilestoneReminder = "milestone-due";

    /// <summary>How long changes gather before one scorecard update goes out: short, as it adds to push latency.</summary>
    public static readonly TimeSpan PublishDelay = TimeSpan.FromMilliseconds(25);

    private readonly ScorecardCache _scorecard = new();
    private readonly Dictionary<string, ScorecardCache> _partScorecards = new(StringComparer.Ordinal);
    private SupplierRelationAggregate _aggregate = null!;
    private GroupCommitWriter<RelationEvent> _writer = null!;
    private RiskPolicy _policy = RiskPolicy.Default;
    private IGrainTimer? _publishTimer;
    private long _oemReportedVersion = -1;
    private Task _oemReport = Task.CompletedTask;
    private DateTimeOffset? _reminderDue;

    /// <summary>
    /// Whether <see cref="_reminderDue"/> is known to match the reminder table. Not after activation (a reminder from
    /// an earlier activation may exist) nor after the reminder fired (it is periodic and stays registered).
    /// </summary>
    private bool _reminderKnown;

    /// <summary>
    /// Milestones due up to here are counted as overdue in the metrics. Starts a minute before activation, so a
    /// reminder that activates the grain (it fires a second after the due time) still counts its milestone.
    /// </summary>
    private DateTimeOffset _overdueCountedUntil;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (oemId, supplierId) = SupplierRelationKey.Parse(this.GetPrimaryKeyString());
        var (events, appender) = await ledgers.OpenAsync(LedgerName(oemId, supplierId), cancellationToken);
        _aggregate = new SupplierRelationAggregate(oemId, supplierId);
        _overdueCountedUntil = clock.GetUtcNow() - TimeSpan.FromMinutes(1);
        foreach (var e in events)
        {
            _aggregate.Apply(e);
        }

        _writer = new GroupCommitWriter<RelationEvent>(events => appender.AppendAsync(events, CancellationToken.None), e =>
        {
            if (_aggregate.Apply(e))
            {
                SchedulePublish();
            }
        });
        var oem = GrainFactory.GetGrain<IOemGrain>(oemId);
        if (await oem.IsRegistered())
        {
            _policy = (await oem.GetProfile()).Risk;
        }

        // A crash between an 8D's ledger entry and its reminder registration must not leave a due date unwatched.
        if (_aggregate.NextMilestoneDue(clock.GetUtcNow()) is not null)
        {
            await ScheduleMilestoneReminder();
        }
    }

    public Task AddPart(string partNumber) =>
        _aggregate.IsSourced(partNumber) ? Task.CompletedTask : Write(new PartSourced(partNumber));

    public async Task RequireSourced(string partNumber)
    {
        if (_aggregate.IsSourced(partNumber))
        {
            return;
        }

        // Only on the failure path: say which id is unknown before saying the link is missing.
        if (!await GrainFactory.GetGrain<IOemGrain>(_aggregate.OemId).IsRegistered())
        {
            throw new EntityNotFoundException("oem_id", _aggregate.OemId);
        }

        if (!await GrainFactory.GetGrain<ISupplierGrain>(_aggregate.SupplierId).IsRegistered())
        {
            throw new EntityNotFoundException("supplier_id", _aggregate.SupplierId);
        }

        if (!await GrainFactory.GetGrain<IPartGrain>(partNumber).IsRegistered())
        {
            throw new EntityNotFoundException("part_number", partNumber);
        }

        _aggregate.RequireSourced(partNumber);
    }

    public async Task<Receipt> RecordReceipt(Receipt receipt)
    {
        if (_aggregate.FindReceipt(receipt.Id) is { } recorded)
        {
            return recorded;
        }

        receipt.Validate(clock.GetUtcNow());
        await RequireSourced(receipt.PartNumber);
        await Write(new ReceiptRecorded(receipt));
        QualityMetrics.ReceiptRecorded();
        return _aggregate.FindReceipt(receipt.Id)!;
    }

    public async Task<ImmutableArray<Receipt>> RecordReceipts(ImmutableArray<Receipt> receipts)
    {
        var now = clock.GetUtcNow();
        var fresh = receipts.Where(r => _aggregate.FindReceipt(r.Id) is null).DistinctBy(r => r.Id).ToList();
        foreach (var receipt in fresh)
        {
            receipt.Validate(now);
        }

        foreach (var part in fresh.Select(r => r.PartNumber).Distinct())
        {
            await RequireSourced(part);
        }

        // Queued together, so the group commit writes them in one append.
        await Write([.. fresh.Select(r => new ReceiptRecorded(r))]);
        QualityMetrics.ReceiptsRecordedInBatch(fresh.Count);
        return [.. receipts.Select(r => _aggregate.FindReceipt(r.Id)!)];
    }

    public Task RecordNonconformance(Nonconformance nonconformance, ImmutableArray<HistoryEntry> history) =>
        WriteIfNew(new NonconformanceRecorded(nonconformance) { History = history.IsDefault ? [] : history });

    public async Task<ImmutableArray<NonconformanceView>> RecordNewNonconformances(ImmutableArray<NonconformanceView> raised)
    {
        var fresh = raised.Where(v => FindNonconformance(v.Record.Id) is null).DistinctBy(v => v.Record.Id).ToList();
        foreach (string part in fresh.Select(v => v.Record.Details.PartNumber).Distinct())
        {
            await RequireSourced(part);
        }

        // Queued together, so the group commit writes them in one append.
        await Write([.. fresh.Select(v => new NonconformanceRecorded(v.Record) { History = v.History })]);
        foreach (var v in fresh)
        {
            QualityMetrics.NcrRaised(v.Record.Details.Severity);
        }

        return [.. raised.Select(v => FindNonconformance(v.Record.Id)!)];
    }

    public Task<NonconformanceView?> GetNonconformance(string nonconformanceId) => Task.FromResult(FindNonconformance(nonconformanceId));

    private NonconformanceView? FindNonconformance(string id) =>
        _aggregate.FindNonconformanceWithHistory(id) is { } found ? new NonconformanceView(found.Record, found.History) : null;

    public async Task RecordEightD(EightDSummary eightD)
    {
        await WriteIfNew(new EightDRecorded(eightD));
        await ScheduleMilestoneReminder();
    }

    public async Task<QualityScorecard> SetEscalation(EscalationChange change)
    {
        change.Validate();
        if (_aggregate.WouldChange(new EscalationChanged(change)))
        {
            if (change.Level == _aggregate.Escalation)
            {
                throw new WorkflowRuleException("escalation.unchanged", $"supplier {_aggregate.SupplierId} is already at {change.Level} for OEM {_aggregate.OemId}");
            }

            await Write(new EscalationChanged(change));
        }

        return Scorecard();
    }

    public Task<ImmutableArray<EscalationChange>> GetEscalationHistory() => Task.FromResult(_aggregate.EscalationHistory.ToImmutableArray());

    public Task UpdateRiskPolicy(RiskPolicy policy)
    {
        if (policy != _policy)
        {
            _policy = policy;
            SchedulePublish();
        }

        return Task.CompletedTask;
    }

    public Task<QualityScorecard> GetScorecard() => Task.FromResult(Scorecard());

    public Task<QualityScorecard> GetPartScorecard(string partNumber) =>
        Task.FromResult(PartScorecard(partNumber, clock.GetUtcNow()));

    public Task<ImmutableArray<QualityScorecard>> GetPartScorecards()
    {
        var now = clock.GetUtcNow();
        var cards = _aggregate.Parts.Select(p => PartScorecard(p, now)).ToArray();
        Array.Sort(cards, QualityScorecard.WorstFirst);
        return Task.FromResult(cards.ToImmutableArray());
    }

    /// <summary>A milestone fell due: the overdue count (and the risk) changed without any write.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == MilestoneReminder)
        {
            _overdueCountedUntil = QualityMetrics.MilestonesOverdue(_aggregate.EightDs(EightDStatus.Open), _overdueCountedUntil, clock.GetUtcNow());
            SchedulePublish();
            _reminderKnown = false;
            await ScheduleMilestoneReminder();
        }
    }

    public Task<ImmutableArray<Nonconformance>> ListNonconformances(NonconformanceQuery query) =>
        Task.FromResult(_aggregate.List(query).ToImmutableArray());

    public Task<ImmutableArray<Receipt>> ListReceipts(ReceiptQuery query) =>
        Task.FromResult(_aggregate.Receipts(query).ToImmutableArray());

    public Task<ImmutableArray<EightDSummary>> ListEightDs(EightDStatus status) =>
        Task.FromResult(_aggregate.EightDs(status).ToImmutableArray());

    public Task<RelationDigest> GetDigest() => Task.FromResult(_aggregate.Digest());

    public async Task<ImmutableArray<ConsistencyDifference>> CheckConsistency()
    {
        var (oemId, supplierId) = (_aggregate.OemId, _aggregate.SupplierId);
        IReadOnlyList<ConsistencyDifference> differences = [];
        for (int attempt = 0; attempt < 3; attempt++)
        {
            // Writes interleave with this call (the grain is reentrant); compare only if none landed during the read.
            long before = _aggregate.Version;
            var (events, _) = await ledgers.OpenAsync(LedgerName(oemId, supplierId), CancellationToken.None);
            var replayed = new SupplierRelationAggregate(oemId, supplierId);
            foreach (var e in events)
            {
                replayed.Apply(e);
            }

            differences = replayed.Digest().Differences(_aggregate.Digest(), ConsistencyRules.LedgerReplay);
            if (_aggregate.Version == before && replayed.Version == before)
            {
                break;
            }
        }

        return [.. differences, .. _aggregate.CheckRunningFigures()];
    }

    public Task Rebuild()
    {
        this.DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private QualityScorecard Scorecard() => _scorecard.At(_aggregate, clock.GetUtcNow(), _policy);

    /// <summary>Only parts sourced here get a cache: a part number from a request must not grow the dictionary.</summary>
    private QualityScorecard PartScorecard(string partNumber, DateTimeOffset now)
    {
        if (!_aggregate.IsSourced(partNumber))
        {
            return _aggregate.PartScorecardAt(partNumber, now, _policy);
        }

        if (!_partScorecards.TryGetValue(partNumber, out var cache))
        {
            cache = new ScorecardCache(partNumber);
            _partScorecards.Add(partNumber, cache);
        }

        return cache.At(_aggregate, now, _policy);
    }

    private static string LedgerName(string oemId, string supplierId) => $"{StorageNames.RelationLedgers}{oemId}/{supplierId}";

    /// <summary>Keeps one reminder at the next unmet due date of the open 8Ds, or none; survives restarts.</summary>
    private async Task ScheduleMilestoneReminder()
    {
        var now = clock.GetUtcNow();
        var due = _aggregate.NextMilestoneDue(now);
        if (_reminderKnown && due == _reminderDue)
        {
            return;
        }

        if (due is { } next)
        {
            // Just after the due time, so the milestone is overdue when it fires; the period is only a safety net.
            var dueIn = next - now + TimeSpan.FromSeconds(1);
            await this.RegisterOrUpdateReminder(MilestoneReminder, dueIn, TimeSpan.FromMinutes(5));
        }
        else if (await this.GetReminder(MilestoneReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _reminderDue = due;
        _reminderKnown = true;
    }

    private void SchedulePublish()
    {
        _publishTimer ??= this.RegisterGrainTimer(
            Publish,
            new GrainTimerCreationOptions { DueTime = PublishDelay, Period = Timeout.InfiniteTimeSpan, Interleave = true });
    }

    private async Task Publish()
    {
        _publishTimer?.Dispose();
        _publishTimer = null;
        var card = Scorecard();
        await GrainFactory.GetGrain<IRiskNotifierGrain>(0).Publish(card);
        // Also what changed without a write (a milestone fell due, the policy changed), and any report that failed.
        await ReportToOem(card);
    }

    /// <summary>
    /// Sends the OEM's board this relation's scorecard and open 8Ds, once per applied batch: writers wait for it, so a
    /// board read after an acknowledgement includes the write. Writers of the same batch share one report.
    /// </summary>
    /// <param name="published">A card just computed for the push path: always reported (it may have changed with time
    /// alone), and not computed again.</param>
    private Task ReportToOem(QualityScorecard? published = null)
    {
        long version = _aggregate.Version;
        if (published is null && version <= _oemReportedVersion)
        {
            return _oemReport;
        }

        _oemReportedVersion = version;
        var card = published ?? Scorecard();
        var open = _aggregate.EightDs(EightDStatus.Open).ToImmutableArray();
        return _oemReport = Report(card, open);
    }

    private async Task Report(QualityScorecard card, ImmutableArray<EightDSummary> open)
    {
        try
        {
            await GrainFactory.GetGrain<IOemGrain>(_aggregate.OemId).OnRelationChanged(card, open);
        }
        catch (Exception)
        {
            // The write is durable; the next publish (within PublishDelay) reports again.
            _oemReportedVersion = -1;
            SchedulePublish();
        }
    }

    private Task WriteIfNew(RelationEvent e) => _aggregate.WouldChange(e) ? Write(e) : Task.CompletedTask;

    private Task Write(RelationEvent e) => Write([e]);

    private async Task Write(IReadOnlyCollection<RelationEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        try
        {
            await _writer.AppendAsync(events);
            await ReportToOem();
        }
        catch
        {
            // The ledger's true end is unknown now; reload it on the next call.
            this.DeactivateOnIdle();
            throw;
        }
    }
}
