using Orleans;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>A root cause, the method that found it (5 Why, Ishikawa...) and how it was verified (switched on and off).</summary>
[GenerateSerializer, Immutable, Alias("sq.RootCause")]
public sealed record RootCause(string Description, string Method, string Verification);
