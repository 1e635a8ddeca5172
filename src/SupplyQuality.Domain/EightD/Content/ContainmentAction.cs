using Orleans;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>One containment action: where suspect stock was checked, how much, and how much was bad.</summary>
[GenerateSerializer, Immutable, Alias("sq.ContainmentAction")]
public sealed record ContainmentAction(
    string Description,
    ContainmentLocation Location,
    long QuantityChecked,
    long QuantityFoundBad,
    string Responsible,
    DateTimeOffset? CompletedAt);
