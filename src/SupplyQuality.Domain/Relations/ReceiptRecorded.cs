using SupplyQuality.Domain.Receipts;

namespace SupplyQuality.Domain.Relations;

/// <summary>A receipt: the source record itself lives in the ledger.</summary>
public sealed record ReceiptRecorded(Receipt Receipt) : RelationEvent;
