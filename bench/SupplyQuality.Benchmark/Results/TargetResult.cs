namespace SupplyQuality.Benchmark.Results;

/// <summary>One target of the issue and whether this run met it (null: not measured).</summary>
public sealed record TargetResult(string Name, string Target, string Measured, bool? Met);
