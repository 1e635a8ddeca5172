using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Interchange;

namespace SupplyQuality.Domain.Tests.Interchange;

/// <summary>The hub's cause kinds and the model's TypeOfCausesEnumeration (VDA: technical / systemic cause of occurrence / non-detection).</summary>
public class CatenaXCauseTypesTests
{
    [Theory]
    [InlineData(CauseKind.Occurrence, "TUA")]
    [InlineData(CauseKind.NonDetection, "TUN")]
    public void Each_cause_kind_has_a_code_that_maps_back_to_it(CauseKind kind, string code)
    {
        Assert.Equal(code, CatenaXCauseTypes.ToCode(kind));
        Assert.Equal(kind, CatenaXCauseTypes.ToCauseKind(CatenaXCauseTypes.ToCode(kind)));
    }

    [Theory]
    [InlineData("TUA", CauseKind.Occurrence, "TUA")]
    [InlineData("SUA", CauseKind.Occurrence, "TUA")]
    [InlineData("TUN", CauseKind.NonDetection, "TUN")]
    [InlineData("SUN", CauseKind.NonDetection, "TUN")]
    public void Every_code_of_the_enumeration_maps_to_occurrence_or_non_detection(string code, CauseKind kind, string back)
    {
        Assert.Equal(kind, CatenaXCauseTypes.ToCauseKind(code));
        Assert.Equal(back, CatenaXCauseTypes.ToCode(CatenaXCauseTypes.ToCauseKind(code)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tua")]
    [InlineData("Root cause 1")]
    public void Anything_else_is_unspecified(string? code) => Assert.Equal(CauseKind.Unspecified, CatenaXCauseTypes.ToCauseKind(code));

    [Fact]
    public void The_enumeration_is_the_model_s_and_unspecified_has_no_code()
    {
        Assert.Equal(["TUA", "TUN", "SUA", "SUN"], CatenaXCauseTypes.All);
        Assert.Throws<ArgumentOutOfRangeException>(() => CatenaXCauseTypes.ToCode(CauseKind.Unspecified));
    }
}
