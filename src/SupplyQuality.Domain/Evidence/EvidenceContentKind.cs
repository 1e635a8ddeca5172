namespace SupplyQuality.Domain.Evidence;

/// <summary>What a file's content is, accepted or not: a stable code and the English words for it.</summary>
/// <param name="Code">Stable: an accepted type's code (<c>jpeg</c>, <c>xlsx</c>) or a refused kind's (<c>windows_program</c>).</param>
/// <param name="Description">As messages say it: "a PNG image", "a Windows program (EXE or DLL)".</param>
public sealed record EvidenceContentKind(string Code, string Description)
{
    public override string ToString() => Code;
}
