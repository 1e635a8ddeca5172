using Orleans;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>A chosen permanent corrective action, which cause it addresses, who owns it, by when, and how it was verified.</summary>
[GenerateSerializer, Immutable, Alias("sq.CorrectiveAction")]
public sealed record CorrectiveAction(string Description, CauseKind Addresses, string Owner, DateTimeOffset? DueAt, string Verification);
