using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Relations;

/// <summary>
/// A durable fact in an OEM-supplier relation's ledger. The ledger is append-only; replaying it in order
/// rebuilds <see cref="SupplierRelationAggregate"/> exactly.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind")]
[JsonDerivedType(typeof(PartSourced), "part_sourced")]
[JsonDerivedType(typeof(ReceiptRecorded), "receipt")]
[JsonDerivedType(typeof(NonconformanceRecorded), "ncr")]
[JsonDerivedType(typeof(EightDRecorded), "8d")]
[JsonDerivedType(typeof(EscalationChanged), "escalation")]
public abstract record RelationEvent;
