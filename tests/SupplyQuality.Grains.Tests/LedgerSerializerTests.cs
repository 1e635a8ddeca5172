using System.Text;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Grains.Ledger;

namespace SupplyQuality.Grains.Tests;

/// <summary>Ledger lines of NCR versions carry their history; lines written before they did still read.</summary>
public sealed class LedgerSerializerTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_ncr_version_with_its_history_reads_back_equal()
    {
        var ncr = Raised();
        var entry = new HistoryEntry(At, "张敏", "raised", "Major DIM-OOT: 5 pcs");

        var line = LedgerSerializer.Serialize([new NonconformanceRecorded(ncr) { History = [entry] }]);
        var read = Assert.IsType<NonconformanceRecorded>(Assert.Single(LedgerSerializer.Deserialize(line, "test")));

        Assert.Equal(ncr.Id, read.Nonconformance.Id);
        Assert.Equal(ncr.Version, read.Nonconformance.Version);
        Assert.Equal(entry, Assert.Single(read.History));
    }

    [Fact]
    public void A_line_written_before_ncr_versions_carried_history_reads_with_none()
    {
        var line = Encoding.UTF8.GetString(LedgerSerializer.Serialize([new NonconformanceRecorded(Raised())]));
        string earlier = line.Replace(",\"history\":[]", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("history", earlier, StringComparison.Ordinal);

        var read = Assert.IsType<NonconformanceRecorded>(Assert.Single(LedgerSerializer.Deserialize(Encoding.UTF8.GetBytes(earlier), "test")));

        Assert.Empty(read.History);
    }

    private static Nonconformance Raised() => Nonconformance.Raise(
        "NCR-TEST",
        new NonconformanceDetails("OEM-A", "SUP-B", "P-1", "LOT-1", 5, "DIM-OOT", Severity.Major, DetectionPoint.IncomingInspection, "bore", new Money(10m, "CNY"), At.AddHours(-1), "张敏"),
        At);
}
