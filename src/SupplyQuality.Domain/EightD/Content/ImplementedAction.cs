using Orleans;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>A corrective action as implemented, with the evidence (report, photo, document number).</summary>
[GenerateSerializer, Immutable, Alias("sq.ImplementedAction")]
public sealed record ImplementedAction(string Description, DateTimeOffset? ImplementedAt, string Evidence);
