using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Validation;

/// <summary>Ids are letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters.</summary>
public class IdRulesTests
{
    [Theory]
    [InlineData("P-100")]
    [InlineData("OEM_HUAXIN.cn")]
    [InlineData("0815")]
    [InlineData("a")]
    public void Well_formed_ids_pass(string id)
    {
        Assert.False(HasViolation(id));
    }

    [Theory]
    [InlineData("P 100")]
    [InlineData("P/100")]
    [InlineData("-P100")]
    [InlineData(".P100")]
    [InlineData("_P100")]
    [InlineData("P100!")]
    [InlineData("零件100")]
    [InlineData("P100\n")]
    [InlineData("P100\r\n")]
    [InlineData("\nP100")]
    public void Ids_with_bad_characters_are_refused(string id)
    {
        var check = new InputRules.Checker();

        check.Id("part_number", id);

        var ex = Assert.Throws<InputValidationException>(check.ThrowIfInvalid);
        Assert.Equal(
            new FieldViolation("part_number", "may contain only letters, digits, '.', '_' and '-', starting with a letter or digit"),
            Assert.Single(ex.Violations));
    }

    [Fact]
    public void Ids_may_have_64_characters_but_not_65()
    {
        var check = new InputRules.Checker();

        check.Id("supplier_id", new string('S', InputRules.MaxIdLength));
        Assert.False(check.HasViolations);
        check.Id("supplier_id", new string('S', InputRules.MaxIdLength + 1));

        var ex = Assert.Throws<InputValidationException>(check.ThrowIfInvalid);
        Assert.Equal(new FieldViolation("supplier_id", "must be at most 64 characters"), Assert.Single(ex.Violations));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_ids_are_required(string? id)
    {
        var check = new InputRules.Checker();

        check.Id("oem_id", id);

        Assert.Equal(new FieldViolation("oem_id", "is required"), Assert.Single(Assert.Throws<InputValidationException>(check.ThrowIfInvalid).Violations));
    }

    [Fact]
    public void Request_ids_may_hold_any_text_up_to_128_characters()
    {
        var check = new InputRules.Checker();

        check.RequestId("request_id", "retry #1 / 2025-03-03");
        check.RequestId("request_id", new string('r', InputRules.MaxRequestIdLength));
        Assert.False(check.HasViolations);

        check.RequestId("request_id", " ");
        check.RequestId("request_id", new string('r', InputRules.MaxRequestIdLength + 1));

        var ex = Assert.Throws<InputValidationException>(check.ThrowIfInvalid);
        Assert.Equal(
            new[] { new FieldViolation("request_id", "is required so that retries are safe"), new FieldViolation("request_id", "must be at most 128 characters") },
            ex.Violations);
    }

    [Fact]
    public void Directory_records_name_their_bad_ids()
    {
        var ex = Assert.Throws<InputValidationException>(() => new SourcingLink("OEM HUAXIN", "SUP-NINGBO", "P/100").Validate());

        Assert.Equal(new[] { "oem_id", "part_number" }, ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void A_checker_without_violations_does_not_throw()
    {
        var check = new InputRules.Checker();
        check.Id("oem_id", "OEM-HUAXIN");

        check.ThrowIfInvalid();

        Assert.False(check.HasViolations);
    }

    private static bool HasViolation(string id)
    {
        var check = new InputRules.Checker();
        check.Id("part_number", id);
        return check.HasViolations;
    }
}
