using Orleans;

namespace SupplyQuality.Domain.EightD.Content;

/// <summary>One row of an is / is-not analysis, e.g. dimension "where": is "line 3", is not "lines 1 and 2".</summary>
[GenerateSerializer, Immutable, Alias("sq.IsIsNotEntry")]
public sealed record IsIsNotEntry(string Dimension, string Is, string IsNot);
