using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Validation;

/// <summary>Server-assigned ids: deterministic per OEM and request id, prefixed by record type.</summary>
public class EntityIdsTests
{
    [Fact]
    public void The_same_oem_and_request_id_always_give_the_same_id()
    {
        Assert.Equal(EntityIds.Nonconformance("OEM-HUAXIN", "req-1"), EntityIds.Nonconformance("OEM-HUAXIN", "req-1"));
        Assert.Equal(EntityIds.EightD("OEM-HUAXIN", "req-1"), EntityIds.EightD("OEM-HUAXIN", "req-1"));
        Assert.Equal(EntityIds.Receipt("OEM-HUAXIN", "req-1"), EntityIds.Receipt("OEM-HUAXIN", "req-1"));
    }

    [Fact]
    public void Different_oems_get_different_ids_for_the_same_request_id()
    {
        Assert.NotEqual(EntityIds.Nonconformance("OEM-HUAXIN", "req-1"), EntityIds.Nonconformance("OEM-BYD", "req-1"));
        Assert.NotEqual(EntityIds.EightD("OEM-HUAXIN", "req-1"), EntityIds.EightD("OEM-BYD", "req-1"));
        Assert.NotEqual(EntityIds.Receipt("OEM-HUAXIN", "req-1"), EntityIds.Receipt("OEM-BYD", "req-1"));
    }

    [Fact]
    public void Different_request_ids_get_different_ids()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => EntityIds.Nonconformance("OEM-HUAXIN", $"req-{i}")).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Oem_and_request_id_cannot_be_shifted_into_each_other()
    {
        Assert.NotEqual(EntityIds.Receipt("OEM-A", "B-1"), EntityIds.Receipt("OEM-A-B", "1"));
    }

    [Theory]
    [InlineData("NCR-")]
    [InlineData("8D-")]
    [InlineData("RCV-")]
    public void Ids_start_with_their_record_prefix_followed_by_12_crockford_characters(string prefix)
    {
        string id = prefix switch
        {
            "NCR-" => EntityIds.Nonconformance("OEM-HUAXIN", "req-42"),
            "8D-" => EntityIds.EightD("OEM-HUAXIN", "req-42"),
            _ => EntityIds.Receipt("OEM-HUAXIN", "req-42"),
        };

        Assert.StartsWith(prefix, id, StringComparison.Ordinal);
        string body = id[prefix.Length..];
        Assert.Equal(12, body.Length);
        Assert.All(body, c => Assert.Contains(c, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"));
    }

    [Fact]
    public void The_record_type_is_part_of_the_id()
    {
        string ncr = EntityIds.Nonconformance("OEM-HUAXIN", "req-1");
        string eightD = EntityIds.EightD("OEM-HUAXIN", "req-1");
        string receipt = EntityIds.Receipt("OEM-HUAXIN", "req-1");

        Assert.NotEqual(ncr["NCR-".Length..], eightD["8D-".Length..]);
        Assert.NotEqual(ncr["NCR-".Length..], receipt["RCV-".Length..]);
    }

    [Fact]
    public void Ids_pass_the_id_rules()
    {
        var check = new InputRules.Checker();

        check.Id("id", EntityIds.Nonconformance("OEM-HUAXIN", "any request id, even with spaces / 斜线"));
        check.Id("id", EntityIds.EightD("OEM-HUAXIN", "req-1"));

        Assert.False(check.HasViolations);
    }
}
