using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.EightD;

/// <summary>Requesting an 8D: the request's input rules.</summary>
public class EightDRequestTests
{
    [Fact]
    public void A_request_keeps_its_ncrs_requester_time_and_policy()
    {
        var policy = new EightDPolicy(TimeSpan.FromHours(48), TimeSpan.FromDays(5), TimeSpan.FromDays(30));

        var report = EightDReport.Request("8D-1", "OEM-HUAXIN", "SUP-NINGBO", "Bore oversize", ["NCR-1", "NCR-2"], "Zhang Min", policy, EightDFixtures.RequestedAt);

        Assert.Equal(new[] { "NCR-1", "NCR-2" }, report.NonconformanceIds);
        Assert.Equal("Zhang Min", report.RequestedBy);
        Assert.Equal(EightDFixtures.RequestedAt, report.RequestedAt);
        Assert.Same(policy, report.Policy);
    }

    [Fact]
    public void A_request_needs_at_least_one_ncr()
    {
        var ex = Assert.Throws<InputValidationException>(() => Request([]));

        Assert.Equal(new FieldViolation("nonconformance_ids", "needs at least one entry"), Assert.Single(ex.Violations));
    }

    [Fact]
    public void A_request_must_not_repeat_an_ncr()
    {
        var ex = Assert.Throws<InputValidationException>(() => Request(["NCR-1", "NCR-1"]));

        Assert.Equal(new FieldViolation("nonconformance_ids", "must not repeat an id"), Assert.Single(ex.Violations));
    }

    [Fact]
    public void A_request_names_every_bad_field()
    {
        var ex = Assert.Throws<InputValidationException>(
            () => EightDReport.Request("8D-1", "OEM HUAXIN", string.Empty, " ", ["NCR/1"], string.Empty, EightDPolicy.Default, EightDFixtures.RequestedAt));

        Assert.Equal(
            new[] { "nonconformance_ids", "oem_id", "requested_by", "supplier_id", "title" },
            ex.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    private static EightDReport Request(string[] ncrIds) =>
        EightDReport.Request("8D-1", "OEM-HUAXIN", "SUP-NINGBO", "Bore oversize", ncrIds, "Zhang Min", EightDPolicy.Default, EightDFixtures.RequestedAt);
}
