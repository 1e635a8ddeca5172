using SupplyQuality.Domain.Kpi;

namespace SupplyQuality.Domain.Tests.Kpi;

/// <summary>The KPI formulas: PPM and lot acceptance rate, null when there is nothing to divide by.</summary>
public class QualityKpisTests
{
    [Theory]
    [InlineData(25, 50_000, 500d)]
    [InlineData(0, 1_000, 0d)]
    [InlineData(1, 1_000_000, 1d)]
    [InlineData(3, 3, 1_000_000d)]
    public void Ppm_is_defective_over_received_times_one_million(long defective, long received, double expected)
    {
        Assert.Equal(expected, QualityKpis.Ppm(defective, received));
    }

    [Fact]
    public void Ppm_keeps_fractions()
    {
        Assert.Equal(333_333.333, QualityKpis.Ppm(1, 3)!.Value, precision: 3);
    }

    [Fact]
    public void Ppm_does_not_overflow_at_the_largest_quantities()
    {
        Assert.Equal(1_000_000d, QualityKpis.Ppm(1_000_000_000, 1_000_000_000));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Ppm_is_null_without_receipts(long defective)
    {
        Assert.Null(QualityKpis.Ppm(defective, 0));
    }

    [Theory]
    [InlineData(9, 10, 0.9)]
    [InlineData(0, 4, 0d)]
    [InlineData(4, 4, 1d)]
    public void Lot_acceptance_rate_is_accepted_over_inspected_lots(long accepted, long inspected, double expected)
    {
        Assert.Equal(expected, QualityKpis.LotAcceptanceRate(accepted, inspected)!.Value, precision: 12);
    }

    [Fact]
    public void Lot_acceptance_rate_is_null_without_lots()
    {
        Assert.Null(QualityKpis.LotAcceptanceRate(0, 0));
    }

    [Fact]
    public void Repeat_defect_window_is_90_days()
    {
        Assert.Equal(TimeSpan.FromDays(90), QualityKpis.RepeatDefectWindow);
    }
}
