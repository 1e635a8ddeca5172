using Google.Protobuf;
using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Simulator.Tests;

/// <summary>A seed always gives the same stream; another seed another one; request ids are unique and stable.</summary>
public sealed class DeterminismTests
{
    private static List<string> Stream(GeneratedSupplyChain chain) =>
        [.. chain.Activity.Select(a => $"{a.At:O} {a.Kind} {a.Party} {a.EightDRequestId} {Convert.ToBase64String(a.Request.ToByteArray())}")];

    [Theory]
    [InlineData("small")]
    [InlineData("demo")]
    [InlineData("medium")]
    public void The_same_seed_gives_the_same_stream_byte_for_byte(string preset)
    {
        var first = Stream(Chains.Generate(preset, 11));
        var second = Stream(Chains.Generate(preset, 11));
        Assert.Equal(first.Count, second.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_another_stream_with_other_request_ids()
    {
        var a = Chains.Generate("small", 1);
        var b = Chains.Generate("small", 2);
        Assert.NotEqual(Stream(a), Stream(b));
        Assert.NotEqual(a.RequestIdPrefix, b.RequestIdPrefix);
        // Only the directory's ids (an upsert keyed by the partner's id) may be shared.
        var shared = RequestIds(a).Intersect(RequestIds(b)).ToList();
        Assert.DoesNotContain(shared, id => !id.StartsWith("sim-reg-", StringComparison.Ordinal) && !id.StartsWith("sim-src-", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_parameters_never_reuse_a_request_id_even_with_the_same_seed_and_preset()
    {
        var small = Chains.Generate("small", 1);
        var bigger = SupplyChainGenerator.Generate(Chains.Preset("small", 1) with { NonconformanceCount = 80 }, Chains.AsOf);
        Assert.NotEqual(small.RequestIdPrefix, bigger.RequestIdPrefix);
    }

    [Fact]
    public void A_later_end_of_history_moves_the_timestamps_and_keeps_everything_else()
    {
        var today = Chains.Generate("small", 3);
        var later = SupplyChainGenerator.Generate(Chains.Preset("small", 3), Chains.AsOf.AddDays(10));
        Assert.Equal(RequestIds(today), RequestIds(later));
        Assert.Equal(today.Receipts.Select(r => r.QuantityReceived), later.Receipts.Select(r => r.QuantityReceived));
        Assert.Equal(today.Receipts[0].ReceivedAt.ToDateTimeOffset().AddDays(10), later.Receipts[0].ReceivedAt.ToDateTimeOffset());
        Assert.Equal(today.EightDStepCount, later.EightDStepCount);
    }

    [Fact]
    public void Request_ids_are_unique_within_each_kind_and_within_the_limit()
    {
        var chain = Chains.Generate("medium", 4);
        var creations = chain.Receipts.Select(r => r.RequestId)
            .Concat(chain.Nonconformances.Select(n => n.RequestId))
            .Concat(chain.EightDs.Select(e => e.Request.RequestId))
            .Concat(chain.Escalations.Select(e => e.Request.RequestId))
            .ToList();
        Assert.Equal(creations.Count, creations.Distinct(StringComparer.Ordinal).Count());
        Assert.All(RequestIds(chain), id => Assert.InRange(id.Length, 1, 128));
        Assert.All(creations, id => Assert.StartsWith(chain.RequestIdPrefix + "-", id, StringComparison.Ordinal));

        foreach (var ids in new[]
        {
            chain.Directory.OemRequests.Select(r => r.RequestId),
            chain.Directory.SupplierRequests.Select(r => r.RequestId),
            chain.Directory.PartRequests.Select(r => r.RequestId),
            chain.Directory.SourcingRequests.Select(r => r.RequestId),
        })
        {
            var list = ids.ToList();
            Assert.Equal(list.Count, list.Distinct(StringComparer.Ordinal).Count());
        }

        var lots = chain.Receipts.Select(r => r.LotNumber).ToList();
        Assert.Equal(lots.Count, lots.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_supplier_or_part_has_the_same_name_in_every_scenario_so_loads_never_rename_each_other()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chain in new[] { Chains.Generate("small", 1), Chains.Generate("small", 2), Chains.Generate("medium", 1), Chains.Generate("demo", 5) })
        {
            foreach (var request in chain.Directory.SupplierRequests)
            {
                Assert.Equal(names.GetValueOrDefault(request.SupplierId, request.Name + request.NameZh), request.Name + request.NameZh);
                names[request.SupplierId] = request.Name + request.NameZh;
            }

            foreach (var request in chain.Directory.PartRequests)
            {
                Assert.Equal(names.GetValueOrDefault(request.PartNumber, request.Description + request.DescriptionZh), request.Description + request.DescriptionZh);
                names[request.PartNumber] = request.Description + request.DescriptionZh;
            }
        }
    }

    private static List<string> RequestIds(GeneratedSupplyChain chain) =>
    [
        .. chain.Directory.OemRequests.Select(r => r.RequestId),
        .. chain.Directory.SupplierRequests.Select(r => r.RequestId),
        .. chain.Directory.PartRequests.Select(r => r.RequestId),
        .. chain.Directory.SourcingRequests.Select(r => r.RequestId),
        .. chain.Receipts.Select(r => r.RequestId),
        .. chain.Nonconformances.Select(n => n.RequestId),
        .. chain.EightDs.Select(e => e.Request.RequestId),
        .. chain.Escalations.Select(e => e.Request.RequestId),
    ];
}
