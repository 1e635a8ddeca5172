using Orleans;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>The 5W2H problem statement: what, where, when, who, why, how, how many.</summary>
[GenerateSerializer, Immutable, Alias("sq.FiveWTwoH")]
public sealed record FiveWTwoH(string What, string Where, string When, string Who, string Why, string How, string HowMany);
