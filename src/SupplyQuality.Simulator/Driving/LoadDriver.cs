using System.Collections.Concurrent;
using Grpc.Core;
using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator.Generation;
using SupplyQuality.Simulator.Tokens;

namespace SupplyQuality.Simulator.Driving;

/// <summary>
/// Sends a generated supply chain to the hub through the partner API with concurrent callers: the directory, then
/// receipts and NCRs (in batches with <see cref="LoadOptions.Bulk"/>), then each 8D's steps in order (8Ds side by
/// side), then escalations relation by relation. Re-sending the same chain creates nothing new: creations carry
/// their request ids, and 8D steps the hub already shows are skipped.
/// </summary>
public sealed class LoadDriver
{
    private readonly HubCredentials _credentials;
    private readonly LoadOptions _options;
    private readonly CallRunner _runner;
    private readonly DirectoryService.DirectoryServiceClient _directory;
    private readonly ReceiptService.ReceiptServiceClient _receipts;
    private readonly NonconformanceService.NonconformanceServiceClient _nonconformances;
    private readonly EightDService.EightDServiceClient _eightDs;
    private readonly ScorecardService.ScorecardServiceClient _scorecards;
    private readonly ConcurrentDictionary<string, string> _nonconformanceIds = new(StringComparer.Ordinal);
    private int _unansweredInARow;
    private volatile bool _receiptBatchesUnavailable;
    private volatile bool _nonconformanceBatchesUnavailable;

    public LoadDriver(CallInvoker invoker, HubCredentials credentials, LoadOptions options, SendStatistics? statistics = null)
    {
        _credentials = credentials;
        _options = options with { BatchSize = Math.Clamp(options.BatchSize, 1, 1000), Callers = Math.Max(1, options.Callers), MaxAttempts = Math.Max(1, options.MaxAttempts) };
        Statistics = statistics ?? new SendStatistics();
        _runner = new CallRunner(Statistics, _options);
        _directory = new DirectoryService.DirectoryServiceClient(invoker);
        _receipts = new ReceiptService.ReceiptServiceClient(invoker);
        _nonconformances = new NonconformanceService.NonconformanceServiceClient(invoker);
        _eightDs = new EightDService.EightDServiceClient(invoker);
        _scorecards = new ScorecardService.ScorecardServiceClient(invoker);
    }

    public SendStatistics Statistics { get; }

    /// <summary>The id the hub gave the NCR raised with this request id (once it is acknowledged).</summary>
    public string? NonconformanceId(string requestId) => _nonconformanceIds.TryGetValue(requestId, out var id) ? id : null;

    /// <summary>Sends everything; returns when all is settled (acknowledged, failed or skipped).</summary>
    public async Task RunAsync(GeneratedSupplyChain chain, CancellationToken cancellationToken)
    {
        PlanHistory(chain);
        Statistics.Restart();
        await RegisterDirectoryAsync(chain.Directory, null, cancellationToken);
        await SendHistoryCoreAsync(chain, cancellationToken);
    }

    /// <summary>Sends the history only (receipts, NCRs, 8Ds, escalations), for a directory that is registered.</summary>
    public Task SendHistoryAsync(GeneratedSupplyChain chain, CancellationToken cancellationToken)
    {
        PlanHistory(chain);
        return SendHistoryCoreAsync(chain, cancellationToken);
    }

    private async Task SendHistoryCoreAsync(GeneratedSupplyChain chain, CancellationToken cancellationToken)
    {
        await SendReceiptsAndNonconformancesAsync(chain, cancellationToken);
        await ParallelAsync(chain.EightDs, (plan, ct) => SendEightDAsync(chain.Directory, plan, ct), cancellationToken);
        var relations = chain.Escalations.GroupBy(e => (e.Request.OemId, e.Request.SupplierId)).Select(g => g.ToList()).ToList();
        await ParallelAsync(relations, (changes, ct) => SendEscalationsAsync(chain.Directory, changes, ct), cancellationToken);
    }

    /// <summary>
    /// Registers the directory: everything (registration is an upsert), or with <see cref="LoadOptions.RegisterOnlyMissing"/>
    /// only what the hub does not know. <paramref name="oemPolicy"/>, when given, is set on every OEM that has another one.
    /// </summary>
    public async Task RegisterDirectoryAsync(SupplyChainDirectory directory, EightDPolicy? oemPolicy, CancellationToken cancellationToken)
    {
        PlanDirectory(directory);
        string? admin = _credentials.TokenFor(PartyRole.Administrator, SimulatorParties.Platform, SimulatorParties.Administrator);
        var oems = directory.OemRequests.ToList();
        if (oemPolicy is not null)
        {
            oems.ForEach(o => o.EightDPolicy = oemPolicy.Clone());
        }

        await ParallelAsync(oems, (request, ct) => RegisterOemAsync(admin, request, ct), cancellationToken);
        await ParallelAsync(directory.SupplierRequests, async (request, ct) =>
        {
            if (_options.RegisterOnlyMissing && await ExistsAsync(RequestKind.RegisterSupplier, admin, o => _directory.GetSupplierAsync(new GetSupplierRequest { SupplierId = request.SupplierId }, o).ResponseAsync, ct))
            {
                return;
            }

            await SendAsync(RequestKind.RegisterSupplier, admin, null, o => _directory.RegisterSupplierAsync(request, o).ResponseAsync, _ => { }, ct);
        }, cancellationToken);
        var buyer = directory.Sourcing.GroupBy(s => s.PartNumber, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().OemId, StringComparer.Ordinal);
        await ParallelAsync(directory.PartRequests, async (request, ct) =>
        {
            if (_options.RegisterOnlyMissing && buyer.TryGetValue(request.PartNumber, out var oem)
                && await ExistsAsync(RequestKind.RegisterPart, admin, o => _directory.GetPartAsync(new GetPartRequest { PartNumber = request.PartNumber, OemId = oem }, o).ResponseAsync, ct))
            {
                return;
            }

            await SendAsync(RequestKind.RegisterPart, admin, null, o => _directory.RegisterPartAsync(request, o).ResponseAsync, _ => { }, ct);
        }, cancellationToken);

        // Sourcing links are a set: adding one again changes nothing, so they are always sent.
        await ParallelAsync(directory.SourcingRequests, (request, ct) =>
            SendAsync(RequestKind.AddSourcing, admin, null, o => _directory.AddSourcingAsync(request, o).ResponseAsync, _ => { }, ct), cancellationToken);
    }

    private async Task RegisterOemAsync(string? admin, RegisterOemRequest request, CancellationToken ct)
    {
        if (_options.RegisterOnlyMissing && admin is not null)
        {
            var found = await _runner.RunAsync(RequestKind.RegisterOem, admin, false, o => _directory.GetOemAsync(new GetOemRequest { OemId = request.OemId }, o).ResponseAsync, ct);
            if (found.Succeeded)
            {
                var oem = found.Value!;
                if (request.EightDPolicy is null || request.EightDPolicy.Equals(oem.EightDPolicy))
                {
                    Statistics[RequestKind.RegisterOem].Skip(1, "already registered");
                    return;
                }

                // Only the 8D policy changes: the names and risk policy stay as the hub has them.
                request.Name = oem.Name;
                request.NameZh = oem.NameZh;
                request.RiskPolicy = oem.RiskPolicy;
            }
        }

        await SendAsync(RequestKind.RegisterOem, admin, null, o => _directory.RegisterOemAsync(request, o).ResponseAsync, _ => { }, ct);
    }

    private async Task<bool> ExistsAsync<T>(RequestKind kind, string? admin, Func<CallOptions, Task<T>> get, CancellationToken ct)
        where T : class
    {
        if (admin is null)
        {
            return false;
        }

        var found = await _runner.RunAsync(kind, admin, false, get, ct);
        if (found.Succeeded)
        {
            Statistics[kind].Skip(1, "already registered");
        }

        return found.Succeeded;
    }

    private void PlanDirectory(SupplyChainDirectory directory)
    {
        Statistics[RequestKind.RegisterOem].Plan(directory.Oems.Count);
        Statistics[RequestKind.RegisterSupplier].Plan(directory.Suppliers.Count);
        Statistics[RequestKind.RegisterPart].Plan(directory.Parts.Count);
        Statistics[RequestKind.AddSourcing].Plan(directory.Sourcing.Count);
    }

    private void PlanHistory(GeneratedSupplyChain chain)
    {
        Statistics[RequestKind.RecordReceipt].Plan(chain.Receipts.Count);
        Statistics[RequestKind.RaiseNonconformance].Plan(chain.Nonconformances.Count);
        Statistics[RequestKind.RequestEightD].Plan(chain.EightDs.Count);
        Statistics[RequestKind.SubmitDiscipline].Plan(chain.EightDs.Sum(p => p.Steps.Count(s => s.Submit is not null)));
        Statistics[RequestKind.ReviewDiscipline].Plan(chain.EightDs.Sum(p => p.Steps.Count(s => s.Review is not null)));
        Statistics[RequestKind.SetEscalation].Plan(chain.Escalations.Count);
    }

    private string? OemToken(SupplyChainDirectory directory, string oemId) =>
        _credentials.TokenFor(PartyRole.OemQualityEngineer, oemId, directory.Oem(oemId).QualityEngineer);

    private string? SupplierToken(SupplyChainDirectory directory, string supplierId) =>
        _credentials.TokenFor(PartyRole.SupplierQuality, supplierId, directory.Supplier(supplierId).QualityContact);

    private Task SendReceiptsAndNonconformancesAsync(GeneratedSupplyChain chain, CancellationToken cancellationToken)
    {
        var work = new List<Func<CancellationToken, Task>>();
        if (_options.Bulk)
        {
            // One OEM per batch; a supplier's receipts together, as they share one durable write.
            foreach (var oem in chain.Receipts.GroupBy(r => r.OemId, StringComparer.Ordinal))
            {
                var ordered = oem.OrderBy(r => r.SupplierId, StringComparer.Ordinal).ToList();
                work.AddRange(ordered.Chunk(_options.BatchSize).Select(batch => (Func<CancellationToken, Task>)(ct => SendReceiptBatchAsync(chain.Directory, oem.Key, batch, ct))));
            }

            foreach (var oem in chain.Nonconformances.GroupBy(n => n.OemId, StringComparer.Ordinal))
            {
                work.AddRange(oem.Chunk(_options.BatchSize).Select(batch => (Func<CancellationToken, Task>)(ct => SendNonconformanceBatchAsync(chain.Directory, oem.Key, batch, ct))));
            }
        }
        else
        {
            work.AddRange(chain.Receipts.Select(r => (Func<CancellationToken, Task>)(ct => SendReceiptAsync(chain.Directory, r, ct))));
            work.AddRange(chain.Nonconformances.Select(n => (Func<CancellationToken, Task>)(ct => SendNonconformanceAsync(chain.Directory, n, ct))));
        }

        return ParallelAsync(work, (item, ct) => item(ct), cancellationToken);
    }

    public Task SendReceiptAsync(SupplyChainDirectory directory, RecordReceiptRequest receipt, CancellationToken ct) =>
        SendAsync(RequestKind.RecordReceipt, OemToken(directory, receipt.OemId), receipt.RequestId,
            o => _receipts.RecordReceiptAsync(receipt, o).ResponseAsync,
            _ => Statistics.Oem(receipt.OemId).Receipt(receipt.QuantityReceived, receipt.Decision == LotDecision.Rejected), ct);

    /// <summary>Raises one NCR; returns the hub's id for it, or null if it failed.</summary>
    public async Task<string?> SendNonconformanceAsync(SupplyChainDirectory directory, RaiseNonconformanceRequest nonconformance, CancellationToken ct)
    {
        string? id = null;
        await SendAsync(RequestKind.RaiseNonconformance, OemToken(directory, nonconformance.OemId), nonconformance.RequestId,
            o => _nonconformances.RaiseNonconformanceAsync(nonconformance, o).ResponseAsync,
            raised =>
            {
                id = raised.NonconformanceId;
                _nonconformanceIds[nonconformance.RequestId] = raised.NonconformanceId;
                Statistics.Oem(nonconformance.OemId).Nonconformance(nonconformance.DefectiveQuantity);
            },
            ct);
        return id;
    }

    private async Task SendReceiptBatchAsync(SupplyChainDirectory directory, string oemId, RecordReceiptRequest[] batch, CancellationToken ct)
    {
        if (!_receiptBatchesUnavailable)
        {
            var request = new RecordReceiptsRequest { OemId = oemId };
            request.Receipts.AddRange(batch);
            var result = await SendBatchAsync(RequestKind.RecordReceipt, OemToken(directory, oemId), batch.Length, o => _receipts.RecordReceiptsAsync(request, o).ResponseAsync, ct);
            if (result.Outcome is BatchOutcome.Acknowledged)
            {
                foreach (var receipt in batch)
                {
                    Statistics.Oem(oemId).Receipt(receipt.QuantityReceived, receipt.Decision == LotDecision.Rejected);
                }
            }

            if (result.Outcome is not BatchOutcome.Unimplemented)
            {
                return;
            }

            _receiptBatchesUnavailable = true;
            Statistics.Note("RecordReceipts answered UNIMPLEMENTED: receipts were sent one call each");
        }

        foreach (var receipt in batch)
        {
            await SendReceiptAsync(directory, receipt, ct);
        }
    }

    private async Task SendNonconformanceBatchAsync(SupplyChainDirectory directory, string oemId, RaiseNonconformanceRequest[] batch, CancellationToken ct)
    {
        if (!_nonconformanceBatchesUnavailable)
        {
            var request = new RaiseNonconformancesRequest { OemId = oemId };
            request.Nonconformances.AddRange(batch);
            var result = await SendBatchAsync(RequestKind.RaiseNonconformance, OemToken(directory, oemId), batch.Length, o => _nonconformances.RaiseNonconformancesAsync(request, o).ResponseAsync, ct);
            if (result is { Outcome: BatchOutcome.Acknowledged, Answer: { } response })
            {
                for (int i = 0; i < batch.Length && i < response.NonconformanceIds.Count; i++)
                {
                    _nonconformanceIds[batch[i].RequestId] = response.NonconformanceIds[i];
                    Statistics.Oem(oemId).Nonconformance(batch[i].DefectiveQuantity);
                }
            }

            if (result.Outcome is not BatchOutcome.Unimplemented)
            {
                return;
            }

            _nonconformanceBatchesUnavailable = true;
            Statistics.Note("RaiseNonconformances answered UNIMPLEMENTED: NCRs were sent one call each");
        }

        foreach (var nonconformance in batch)
        {
            await SendNonconformanceAsync(directory, nonconformance, ct);
        }
    }

    /// <summary>Sends a batch and counts its requests; Unimplemented when the hub has no batch call (the caller then sends singly).</summary>
    private async Task<(BatchOutcome Outcome, T? Answer)> SendBatchAsync<T>(RequestKind kind, string? token, int count, Func<CallOptions, Task<T>> call, CancellationToken ct)
        where T : class
    {
        var counters = Statistics[kind];
        if (token is null)
        {
            counters.Skip(count, "no token");
            return (BatchOutcome.Failed, null);
        }

        var outcome = Observe(await _runner.RunAsync(kind, token, true, call, ct));
        if (outcome.Code == StatusCode.Unimplemented)
        {
            return (BatchOutcome.Unimplemented, null);
        }

        counters.Sending(count);
        if (outcome.Succeeded)
        {
            counters.Acknowledge(count);
            return (BatchOutcome.Acknowledged, outcome.Value);
        }

        counters.Fail(count, outcome.Status);
        Statistics.SampleFailure($"{kind} batch of {count}: {outcome.Status}: {outcome.Error!.Status.Detail}");
        return (BatchOutcome.Failed, null);
    }

    /// <summary>Sends one request and counts it; <paramref name="acknowledged"/> runs with the answer.</summary>
    private async Task<CallOutcome<T>> SendAsync<T>(RequestKind kind, string? token, string? requestId, Func<CallOptions, Task<T>> call, Action<T> acknowledged, CancellationToken ct)
        where T : class
    {
        var counters = Statistics[kind];
        if (token is null)
        {
            counters.Skip(1, "no token");
            return new CallOutcome<T>(null, new RpcException(new Status(StatusCode.Unauthenticated, "no token")));
        }

        counters.Sending(1);
        var outcome = Observe(await _runner.RunAsync(kind, token, false, call, ct));
        if (outcome.Succeeded)
        {
            counters.Acknowledge(1);
            acknowledged(outcome.Value!);
        }
        else
        {
            counters.Fail(1, outcome.Status);
            Statistics.SampleFailure($"{kind} {requestId}: {outcome.Status}: {outcome.Error!.Status.Detail}");
        }

        return outcome;
    }

    private async Task SendEightDAsync(SupplyChainDirectory directory, EightDPlan plan, CancellationToken ct)
    {
        var ids = plan.NonconformanceRequestIds.Select(NonconformanceId).ToList();
        if (ids.Any(id => id is null))
        {
            Statistics[RequestKind.RequestEightD].Skip(1, "its NCR was not raised");
            SkipSteps(plan.Steps, 0, "its NCR was not raised");
            return;
        }

        var report = await RequestEightDAsync(directory, plan, ids!, ct);
        if (report is null)
        {
            SkipSteps(plan.Steps, 0, "its 8D request failed");
            return;
        }

        await PlayStepsAsync(directory, plan, plan.Steps, report, ct);
    }

    /// <summary>Requests the 8D for the hub's NCR ids; the hub's answer (also to a repeat: the 8D as it is now), or null.</summary>
    public async Task<EightDReport?> RequestEightDAsync(SupplyChainDirectory directory, EightDPlan plan, IEnumerable<string> nonconformanceIds, CancellationToken ct)
    {
        var request = plan.RequestWith(nonconformanceIds);
        var requested = await SendAsync(RequestKind.RequestEightD, OemToken(directory, plan.OemId), plan.Request.RequestId,
            o => _eightDs.RequestEightDAsync(request, o).ResponseAsync, _ => Statistics.Oem(plan.OemId).EightD(), ct);
        return requested.Value;
    }

    /// <summary>
    /// Plays steps of one 8D in order, from the 8D as the hub last answered; a step the hub already shows (an earlier
    /// run, or a retry whose first answer was lost) is skipped. Returns the 8D after the last step, or null if one failed.
    /// </summary>
    public async Task<EightDReport?> PlayStepsAsync(SupplyChainDirectory directory, EightDPlan plan, IReadOnlyList<EightDStep> steps, EightDReport report, CancellationToken ct)
    {
        for (int i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (step.IsDoneIn(report))
            {
                Statistics[step.Kind].Skip(1, "already done");
                continue;
            }

            string? token = step.Submit is not null ? SupplierToken(directory, plan.SupplierId) : OemToken(directory, plan.OemId);
            var request = step.RequestFor(report.EightDId);
            var counters = Statistics[step.Kind];
            if (token is null)
            {
                SkipSteps(steps, i, "no token");
                return null;
            }

            counters.Sending(1);
            var outcome = Observe(await _runner.RunAsync(step.Kind, token, false, o => request is SubmitDisciplineRequest submit
                ? _eightDs.SubmitDisciplineAsync(submit, o).ResponseAsync
                : _eightDs.ReviewDisciplineAsync((ReviewDisciplineRequest)request, o).ResponseAsync, ct));
            if (outcome.Succeeded)
            {
                counters.Acknowledge(1);
                report = outcome.Value!;
                continue;
            }

            // The workflow calls carry no request id: a refusal after a retry may mean the first attempt went through.
            if (outcome.Code == StatusCode.FailedPrecondition && OemToken(directory, plan.OemId) is { } oemToken)
            {
                var fresh = await _runner.RunAsync(step.Kind, oemToken, false, o => _eightDs.GetEightDAsync(new GetEightDRequest { EightDId = report.EightDId }, o).ResponseAsync, ct);
                if (fresh.Succeeded && step.IsDoneIn(fresh.Value!))
                {
                    counters.Acknowledge(1);
                    report = fresh.Value!;
                    continue;
                }
            }

            counters.Fail(1, outcome.Status);
            Statistics.SampleFailure($"{step.Kind} {step.Discipline} of {plan.Request.RequestId}: {outcome.Status}: {outcome.Error!.Status.Detail}");
            SkipSteps(steps, i + 1, "an earlier step of its 8D failed");
            return null;
        }

        return report;
    }

    private void SkipSteps(IReadOnlyList<EightDStep> steps, int from, string reason)
    {
        for (int i = from; i < steps.Count; i++)
        {
            Statistics[steps[i].Kind].Skip(1, reason);
        }
    }

    private async Task SendEscalationsAsync(SupplyChainDirectory directory, List<ScheduledEscalation> changes, CancellationToken ct)
    {
        foreach (var change in changes)
        {
            var outcome = await SendEscalationAsync(directory, change.Request, ct);
            if (!outcome)
            {
                return;
            }
        }
    }

    /// <summary>Sets an escalation level; true when the supplier is at that level afterwards.</summary>
    public async Task<bool> SendEscalationAsync(SupplyChainDirectory directory, SetEscalationRequest request, CancellationToken ct)
    {
        var counters = Statistics[RequestKind.SetEscalation];
        string? token = OemToken(directory, request.OemId);
        if (token is null)
        {
            counters.Skip(1, "no token");
            return false;
        }

        counters.Sending(1);
        var outcome = Observe(await _runner.RunAsync(RequestKind.SetEscalation, token, false, o => _scorecards.SetEscalationAsync(request, o).ResponseAsync, ct));
        if (outcome.Succeeded)
        {
            counters.Acknowledge(1);
            return true;
        }

        if (outcome.Code == StatusCode.FailedPrecondition && outcome.Error!.Status.Detail.Contains("escalation.unchanged", StringComparison.Ordinal))
        {
            counters.Skip(1, "already at that level");
            return true;
        }

        counters.Fail(1, outcome.Status);
        Statistics.SampleFailure($"{RequestKind.SetEscalation} {request.RequestId}: {outcome.Status}: {outcome.Error!.Status.Detail}");
        return false;
    }

    /// <summary>Counts requests in a row that found no hub, and gives the run up when there are too many.</summary>
    private CallOutcome<T> Observe<T>(CallOutcome<T> outcome)
        where T : class
    {
        if (outcome.Code is not (StatusCode.Unavailable or StatusCode.DeadlineExceeded))
        {
            Interlocked.Exchange(ref _unansweredInARow, 0);
            return outcome;
        }

        int inARow = Interlocked.Increment(ref _unansweredInARow);
        if (_options.GiveUpAfterUnanswered > 0 && inARow >= _options.GiveUpAfterUnanswered)
        {
            string note = $"stopped: {inARow} requests in a row found no hub (last: {outcome.Status}: {outcome.Error!.Status.Detail})";
            Statistics.Note(note);
            throw new HubUnavailableException(note);
        }

        return outcome;
    }

    private Task ParallelAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, Task> body, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = _options.Callers, CancellationToken = cancellationToken }, async (item, ct) => await body(item, ct));
}
