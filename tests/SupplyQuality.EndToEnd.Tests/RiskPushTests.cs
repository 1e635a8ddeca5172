using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Live risk over SignalR and WatchRisk, against the real hub and Azurite. Boards connect with the token of the OEM's
/// manager; the OEM's quality engineer writes.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class RiskPushTests(HubFixture fixture)
{
    /// <summary>RiskBroadcaster.FlushInterval in the hub (the test runs the hub as a separate process).</summary>
    private static readonly TimeSpan RiskBroadcasterFlushInterval = TimeSpan.FromMilliseconds(50);

    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task A_board_receives_the_delta_of_an_ncr_raised_over_grpc_within_a_second()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await chain.Sqe.Receipts.RecordReceiptAsync(chain.Receipt("rcv", 10_000), SupplyChain.Call);
        await using var board = await BoardClient.ConnectAsync(Hub, chain.Manager.Token!);
        var snapshot = await board.SubscribeOemAsync(chain.Oem);
        var before = snapshot.Suppliers.Single(s => s.SupplierId == chain.Supplier);

        var raised = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr", 5, Severity.Critical), SupplyChain.Call);
        var acknowledgedAt = DateTime.UtcNow;

        var delta = await board.WaitForAsync(c => c.SupplierId == chain.Supplier && c.Figures.Nonconformances == 1, TimeSpan.FromSeconds(5));
        Assert.NotNull(delta);
        Assert.True(delta.Value.ReceivedAt - acknowledgedAt < TimeSpan.FromSeconds(1), $"the delta took {(delta.Value.ReceivedAt - acknowledgedAt).TotalMilliseconds} ms");
        var card = delta.Value.Card;
        Assert.True(card.Risk.Score > before.Risk.Score);
        Assert.Contains(card.Risk.Factors, f => f.Kind == RiskFactorKind.CriticalNonconformances && f.Points > 0);
        Assert.True(card.Version > before.Version);
        Assert.NotNull(raised);
    }

    [Fact]
    public async Task A_board_of_another_oem_receives_nothing_about_this_oem()
    {
        var a = await new SupplyChain(Hub).RegisterAsync();
        var b = await new SupplyChain(Hub).RegisterAsync();
        // Each board as its own OEM's manager.
        await using var boardA = await BoardClient.ConnectAsync(Hub, a.Manager.Token!);
        await using var boardB = await BoardClient.ConnectAsync(Hub, b.Manager.Token!);
        await boardA.SubscribeOemAsync(a.Oem);
        var snapshotB = await boardB.SubscribeOemAsync(b.Oem);
        Assert.All(snapshotB.Suppliers, s => Assert.Equal(b.Oem, s.OemId));

        await a.Sqe.Nonconformances.RaiseNonconformanceAsync(a.Ncr("ncr", 1), SupplyChain.Call);
        Assert.NotNull(await boardA.WaitForAsync(c => c.SupplierId == a.Supplier && c.Figures.Nonconformances == 1, TimeSpan.FromSeconds(5)));
        // A's delta has been delivered; anything for B would have gone out in the same flush.
        await Task.Delay(500);
        Assert.DoesNotContain(boardB.AllCards, c => c.OemId != b.Oem);
    }

    [Fact]
    public async Task A_reconnecting_board_gets_a_snapshot_with_what_happened_while_it_was_away()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await using var board = await BoardClient.ConnectAsync(Hub, chain.Manager.Token!);
        await board.SubscribeOemAsync(chain.Oem);
        await board.StopAsync();

        await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("while-away-1", 1), SupplyChain.Call);
        await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("while-away-2", 1), SupplyChain.Call);

        await board.StartAsync();
        var snapshot = await board.SubscribeOemAsync(chain.Oem);
        Assert.Equal(2, snapshot.Suppliers.Single(s => s.SupplierId == chain.Supplier).Figures.Nonconformances);
        Assert.Equal(2, snapshot.Totals.Nonconformances);
    }

    [Fact]
    public async Task A_burst_of_ncrs_reaches_a_board_as_a_few_coalesced_messages()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        await using var board = await BoardClient.ConnectAsync(Hub, chain.Manager.Token!);
        await board.SubscribeOemAsync(chain.Oem);

        const int burst = 200;
        var sqe = chain.Sqe;
        // The burst as the board sees it: from the subscription (messages of the chain's setup may still arrive) until
        // both suppliers show every NCR. Its length is measured, not assumed, so the bound holds on a slow machine too.
        var duration = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, burst).Select(i =>
            sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr($"burst-{i}", 1, supplier: i % 2 == 0 ? chain.Supplier : chain.SecondSupplier), SupplyChain.Call).ResponseAsync));

        Assert.NotNull(await board.WaitForAsync(c => c.SupplierId == chain.Supplier && c.Figures.Nonconformances == burst / 2, TimeSpan.FromSeconds(10)));
        Assert.NotNull(await board.WaitForAsync(c => c.SupplierId == chain.SecondSupplier && c.Figures.Nonconformances == burst / 2, TimeSpan.FromSeconds(10)));
        int messages = board.MessageCount;
        duration.Stop();

        // Coalescing: the host flushes a board at most once per FlushInterval (the first change of a quiet board at
        // once, the rest at the end of each interval), so the messages are bounded by the burst's length, whatever
        // the number of NCRs in it.
        int bound = (int)(duration.Elapsed / RiskBroadcasterFlushInterval) + 2;
        Assert.True(messages <= bound, $"{burst} NCRs over {duration.ElapsedMilliseconds} ms became {messages} messages; at most {bound} expected");
    }


    [Fact]
    public async Task A_milestone_falling_due_raises_risk_with_no_other_activity()
    {
        var chain = new SupplyChain(Hub);
        await chain.RegisterAsync();
        // Containment due 3 seconds after the request.
        await chain.Admin.Directory.RegisterOemAsync(
            new RegisterOemRequest
            {
                RequestId = "short-policy",
                OemId = chain.Oem,
                Name = "Test OEM",
                EightDPolicy = new EightDPolicy { ContainmentDue = Duration.FromTimeSpan(TimeSpan.FromSeconds(3)), RootCauseDue = Duration.FromTimeSpan(TimeSpan.FromDays(1)), ClosureDue = Duration.FromTimeSpan(TimeSpan.FromDays(2)) },
            },
            SupplyChain.Call);
        var ncr = await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr", 1, Severity.Minor), SupplyChain.Call);
        await chain.Sqe.EightDs.RequestEightDAsync(
            new RequestEightDRequest { RequestId = "8d", OemId = chain.Oem, SupplierId = chain.Supplier, Title = "t", RequestedBy = "sqe", NonconformanceIds = { ncr.NonconformanceId } },
            SupplyChain.Call);
        await using var board = await BoardClient.ConnectAsync(Hub, chain.Manager.Token!);
        var snapshot = await board.SubscribeOemAsync(chain.Oem);
        var before = snapshot.Suppliers.Single(s => s.SupplierId == chain.Supplier);
        Assert.Equal(0, before.Figures.OverdueMilestones);

        var overdue = await board.WaitForAsync(c => c.SupplierId == chain.Supplier && c.Figures.OverdueMilestones == 1, TimeSpan.FromSeconds(20));

        Assert.NotNull(overdue);
        Assert.Equal(1, overdue.Value.Card.Figures.OverdueEightDs);
        Assert.True(overdue.Value.Card.Risk.Score > before.Risk.Score);
        Assert.Contains(overdue.Value.Card.Risk.Factors, f => f.Kind == RiskFactorKind.OverdueMilestones && f.Points > 0);
    }

    [Fact]
    public async Task WatchRisk_streams_a_snapshot_first_then_the_change()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var call = chain.Manager.Scorecards.WatchRisk(new WatchRiskRequest { OemId = chain.Oem }, cancellationToken: cancel.Token);

        Assert.True(await call.ResponseStream.MoveNext(cancel.Token));
        Assert.Equal(RiskEvent.EventOneofCase.Snapshot, call.ResponseStream.Current.EventCase);
        Assert.Equal(2, call.ResponseStream.Current.Snapshot.Suppliers.Count);

        await chain.Sqe.Nonconformances.RaiseNonconformanceAsync(chain.Ncr("ncr", 3, Severity.Major), SupplyChain.Call);
        while (await call.ResponseStream.MoveNext(cancel.Token))
        {
            var e = call.ResponseStream.Current;
            Assert.Equal(RiskEvent.EventOneofCase.SupplierChanged, e.EventCase);
            if (e.SupplierChanged.SupplierId == chain.Supplier && e.SupplierChanged.Figures.Nonconformances == 1)
            {
                Assert.Equal(1, e.SupplierChanged.Figures.UnclosedMajor);
                return;
            }
        }

        Assert.Fail("the stream ended without the change");
    }

    [Fact]
    public async Task Escalation_is_kept_in_the_history_and_raises_risk()
    {
        var chain = await new SupplyChain(Hub).RegisterAsync();
        var sqe = chain.Sqe;
        var before = await chain.Manager.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        var escalated = await sqe.Scorecards.SetEscalationAsync(
            new SetEscalationRequest { RequestId = "esc-1", OemId = chain.Oem, SupplierId = chain.Supplier, Level = EscalationLevel.ControlledShipping2, Reason = "Third repeat of porosity" },
            SupplyChain.Call);
        Assert.Equal(EscalationLevel.ControlledShipping2, escalated.Escalation);
        Assert.Equal(before.Risk.Score + 7, escalated.Risk.Score, 1);

        var again = await Assert.ThrowsAsync<RpcException>(async () => await sqe.Scorecards.SetEscalationAsync(
            new SetEscalationRequest { RequestId = "esc-2", OemId = chain.Oem, SupplierId = chain.Supplier, Level = EscalationLevel.ControlledShipping2, Reason = "again" },
            SupplyChain.Call));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
        Assert.Contains("escalation.unchanged", again.Status.Detail, StringComparison.Ordinal);

        await sqe.Scorecards.SetEscalationAsync(
            new SetEscalationRequest { RequestId = "esc-3", OemId = chain.Oem, SupplierId = chain.Supplier, Level = EscalationLevel.Normal, Reason = "Containment effective" },
            SupplyChain.Call);
        var history = await chain.Manager.Scorecards.GetEscalationHistoryAsync(new GetEscalationHistoryRequest { OemId = chain.Oem, SupplierId = chain.Supplier }, SupplyChain.Call);
        Assert.Equal(new[] { EscalationLevel.ControlledShipping2, EscalationLevel.Normal }, history.Changes.Select(c => c.Level));
        Assert.Equal("Third repeat of porosity", history.Changes[0].Reason);
        // The actor is who the token names (chain.Sqe), not anything the request says.
        Assert.All(history.Changes, c => Assert.Equal("sqe@oem", c.Actor));

        var missingReason = await Assert.ThrowsAsync<RpcException>(async () => await sqe.Scorecards.SetEscalationAsync(
            new SetEscalationRequest { RequestId = "esc-4", OemId = chain.Oem, SupplierId = chain.Supplier, Level = EscalationLevel.NewBusinessHold },
            SupplyChain.Call));
        Assert.Equal(StatusCode.InvalidArgument, missingReason.StatusCode);
        Assert.Contains("reason", missingReason.Status.Detail, StringComparison.Ordinal);
    }
}
