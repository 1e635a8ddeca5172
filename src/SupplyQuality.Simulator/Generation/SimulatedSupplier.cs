using SupplyQuality.Simulator.Catalogues;

namespace SupplyQuality.Simulator.Generation;

/// <summary>A supplier of the generated supply chain and how good it is.</summary>
/// <param name="QualityContact">The user name of its quality person, who answers 8Ds.</param>
/// <param name="IsBad">One of the few suppliers that carry most defects.</param>
/// <param name="DefectPropensity">How likely one of its lots becomes an NCR, relative to a typical supplier (1).</param>
/// <param name="LateAnswerShare">Share of its 8Ds in which it misses a due date.</param>
/// <param name="RejectedAnswerShare">Share of its substantial 8D answers (D2-D7) that the OEM sends back.</param>
public sealed record SimulatedSupplier(
    string Id,
    BilingualText Name,
    Commodity Commodity,
    string QualityContact,
    bool IsBad,
    double DefectPropensity,
    double LateAnswerShare,
    double RejectedAnswerShare);
