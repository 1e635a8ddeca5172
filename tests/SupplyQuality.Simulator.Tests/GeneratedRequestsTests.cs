using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Simulator.Tests;

/// <summary>Every generated request passes the hub's rules, checked with the hub's own domain code.</summary>
public sealed class GeneratedRequestsTests
{
    [Theory]
    [InlineData("small", 1)]
    [InlineData("small", 7)]
    [InlineData("demo", 1)]
    [InlineData("demo", 42)]
    [InlineData("medium", 3)]
    public void Every_request_passes_the_hubs_input_workflow_and_sourcing_rules(string preset, long seed)
    {
        var chain = Chains.Generate(preset, seed);
        var rules = new HubRules(chain.AsOf);
        rules.CheckDirectory(chain.Directory);
        foreach (var receipt in chain.Receipts)
        {
            rules.Check(receipt);
        }

        foreach (var nonconformance in chain.Nonconformances)
        {
            rules.Check(nonconformance);
        }

        var byRequestId = chain.Nonconformances.ToDictionary(n => n.RequestId, StringComparer.Ordinal);
        foreach (var plan in chain.EightDs)
        {
            var report = rules.Check(plan, byRequestId);
            Assert.Equal(plan.IsClosed, report?.IsClosed ?? false);
        }

        rules.Check(chain.Escalations);
        Assert.Empty(rules.Problems);
    }

    [Fact]
    public void The_checks_do_catch_a_broken_request_so_the_tests_above_mean_something()
    {
        var chain = Chains.Generate("small", 1);
        var rules = new HubRules(chain.AsOf);
        rules.CheckDirectory(chain.Directory);
        var receipt = chain.Receipts[0].Clone();
        receipt.QuantityRejected = receipt.QuantityInspected + 1;
        rules.Check(receipt);
        var unlinked = chain.Nonconformances[0].Clone();
        unlinked.PartNumber = "NOT-SOURCED";
        rules.Check(unlinked);
        var plan = chain.EightDs.First(p => p.Steps.Count > 3);
        var byRequestId = chain.Nonconformances.ToDictionary(n => n.RequestId, StringComparer.Ordinal);
        rules.Check(plan with { Steps = [.. plan.Steps.Skip(2)] }, byRequestId);
        rules.Check([chain.Escalations[0], chain.Escalations[0] with { Request = chain.Escalations[0].Request.Clone() }]);
        Assert.Contains(rules.Problems, p => p.Contains("quantity_rejected", StringComparison.Ordinal));
        Assert.Contains(rules.Problems, p => p.Contains("sourcing.not_linked", StringComparison.Ordinal));
        Assert.Contains(rules.Problems, p => p.Contains("8d.", StringComparison.Ordinal));
        Assert.Contains(rules.Problems, p => p.Contains("escalation.unchanged", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ncr_belongs_to_at_most_one_8d_and_every_8d_has_ncrs()
    {
        var chain = Chains.Generate("medium", 5);
        var members = chain.EightDs.SelectMany(e => e.NonconformanceRequestIds).ToList();
        Assert.All(chain.EightDs, e => Assert.InRange(e.NonconformanceRequestIds.Count, 1, 3));
        Assert.Equal(members.Count, members.Distinct(StringComparer.Ordinal).Count());
        var known = chain.Nonconformances.Select(n => n.RequestId).ToHashSet(StringComparer.Ordinal);
        Assert.All(members, id => Assert.Contains(id, known));
    }

    [Fact]
    public void Every_timestamp_lies_in_the_history_never_in_the_future()
    {
        var chain = Chains.Generate("medium", 2);
        var start = chain.HistoryStart;
        Assert.All(chain.Receipts, r => Assert.InRange(r.ReceivedAt.ToDateTimeOffset(), start, chain.AsOf));
        Assert.All(chain.Nonconformances, n => Assert.InRange(n.DetectedAt.ToDateTimeOffset(), start, chain.AsOf));
        Assert.All(chain.EightDs, e => Assert.InRange(e.RequestedAt, start, chain.AsOf));
        Assert.All(chain.EightDs.SelectMany(e => e.Steps), s => Assert.InRange(s.At, start, chain.AsOf));
        Assert.All(chain.Escalations, e => Assert.InRange(e.At, start, chain.AsOf));

        // An NCR is found in a lot after it arrived.
        var received = chain.Receipts.ToDictionary(r => r.LotNumber, r => r.ReceivedAt.ToDateTimeOffset(), StringComparer.Ordinal);
        Assert.All(chain.Nonconformances, n => Assert.True(n.DetectedAt.ToDateTimeOffset() >= received[n.LotNumber], n.RequestId));
    }

    [Fact]
    public void The_demo_planner_sends_only_valid_requests_too()
    {
        var directory = SupplyChainGenerator.GenerateDirectory(Chains.Preset("demo"));
        var planner = new Demo.DemoActivityPlanner(directory, 1, "test", 720);
        var rules = new HubRules(DateTimeOffset.UtcNow.AddMinutes(1));
        rules.CheckDirectory(directory);
        var nonconformances = new Dictionary<string, Contracts.V1.RaiseNonconformanceRequest>(StringComparer.Ordinal);
        var escalations = new List<ScheduledEscalation>();
        int eightDs = 0;
        var now = DateTimeOffset.UtcNow.AddHours(-2);
        for (int tick = 0; tick < 2000; tick++, now = now.AddSeconds(3))
        {
            foreach (var action in planner.Tick(now))
            {
                if (action.Receipt is { } receipt)
                {
                    rules.Check(receipt);
                }

                if (action.Nonconformance is { } ncr)
                {
                    rules.Check(ncr);
                    nonconformances[ncr.RequestId] = ncr;
                }

                if (action.EightD is { } plan)
                {
                    eightDs++;
                    Assert.Equal(plan.PlannedSteps, plan.Steps.Count);
                    Assert.True(plan.RequestedAt > now && plan.Steps[0].At > plan.RequestedAt, "8D steps come later, in real time");
                    Assert.NotNull(rules.Check(plan, nonconformances));
                }

                if (action.Escalation is { } escalation)
                {
                    escalations.Add(new ScheduledEscalation(now, escalation));
                }
            }
        }

        rules.Check(escalations);
        Assert.Empty(rules.Problems);
        Assert.InRange(nonconformances.Count, 50, 1500);
        Assert.True(eightDs > 10, $"{eightDs} 8Ds");
        Assert.NotEmpty(escalations);
    }
}
