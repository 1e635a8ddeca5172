namespace SupplyQuality.Domain.Nonconformances;

/// <summary>History entries of NCRs that more than one writer makes (a raise, alone or in a batch).</summary>
public static class NonconformanceHistory
{
    public static HistoryEntry Raised(NonconformanceDetails details, DateTimeOffset at) =>
        new(at, details.RaisedBy, "raised", $"{details.Severity} {details.DefectCode}: {details.DefectiveQuantity} pcs of {details.PartNumber} lot {details.LotNumber}");
}
