using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Validation;

/// <summary>A violation keeps its two-parameter shape for existing callers and carries its code across silos.</summary>
public class FieldViolationTests
{
    [Fact]
    public void The_two_parameter_shape_has_no_code_and_no_arguments()
    {
        var violation = new FieldViolation("archive", "is not a zip file");

        Assert.Equal(string.Empty, violation.Code);
        Assert.False(violation.Arguments.IsDefault);
        Assert.Empty(violation.Arguments.ToArray());
        Assert.Equal("archive: is not a zip file", violation.ToString());
    }

    [Fact]
    public void A_violation_still_deconstructs_into_field_and_rule()
    {
        var (field, rule) = ValidationCodes.TooLong.At("title", 200);

        Assert.Equal(("title", "must be at most 200 characters"), (field, rule));
    }

    [Fact]
    public void A_default_argument_array_reads_as_empty()
    {
        Assert.Empty(new FieldViolation("f", "is required", "required", default).Arguments.ToArray());
    }

    [Fact]
    public void Violations_with_the_same_field_and_text_are_equal_with_or_without_code()
    {
        var coded = ValidationCodes.Required.At("part_number");
        var plain = new FieldViolation("part_number", "is required");

        Assert.Equal(plain, coded);
        Assert.Equal(plain.GetHashCode(), coded.GetHashCode());
        Assert.NotEqual(plain, new FieldViolation("lot_number", "is required"));
        Assert.NotEqual(plain, new FieldViolation("part_number", "must be at most 64 characters"));
    }

    [Fact]
    public void Code_and_arguments_survive_the_silo_serializer()
    {
        using var services = new ServiceCollection()
            .AddSerializer(b => b.AddAssembly(typeof(FieldViolation).Assembly))
            .BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var sent = new InputValidationException([ValidationCodes.TooLong.At("title", 200), new FieldViolation("archive", "is not a zip file")]);

        var received = Assert.IsType<InputValidationException>(serializer.Deserialize<object>(serializer.SerializeToArray<object>(sent)));

        Assert.Equal(
            [("title", "must be at most 200 characters", "too_long", "200"), ("archive", "is not a zip file", "", "")],
            received.Violations.Select(v => (v.Field, v.Rule, v.Code, string.Join(",", v.Arguments))));
        Assert.Equal(sent.Message, received.Message);
    }
}
