namespace SupplyQuality.Simulator.Generation;

/// <summary>How many generated NCRs carry a defect code.</summary>
public sealed record DefectShare(string DefectCode, int Nonconformances, double Share);
