namespace SupplyQuality.Simulator.Driving;

/// <summary>What the hub acknowledged for one OEM; its risk board's totals must include these.</summary>
public sealed record OemReport(string OemId, long Receipts, long QuantityReceived, long LotsRejected, long Nonconformances, long DefectiveQuantity, long EightDs);
