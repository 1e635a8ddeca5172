using SupplyQuality.Domain.EightD;

namespace SupplyQuality.Domain.Interchange;

/// <summary>
/// The model's TypeOfCausesEnumeration, the VDA 8D cause matrix: technical (T) or systemic (S) cause
/// (Ursache, U) of occurrence (Auftreten, A) or of non-detection (Nichtentdeckung, N). The hub records verified
/// technical causes split by occurrence and non-detection, and no systemic ones, so:
/// <list type="bullet">
/// <item>export: <see cref="CauseKind.Occurrence"/> is <c>TUA</c>, <see cref="CauseKind.NonDetection"/> is <c>TUN</c>;</item>
/// <item>import: <c>TUA</c> and <c>SUA</c> are occurrence, <c>TUN</c> and <c>SUN</c> non-detection; the systemic
/// flag is dropped, so an imported SUA or SUN is exported again as TUA or TUN.</item>
/// </list>
/// The same codes name the cause a D5 measure addresses (its causeAssignment).
/// </summary>
public static class CatenaXCauseTypes
{
    public const string TechnicalOccurrence = "TUA";
    public const string TechnicalNonDetection = "TUN";
    public const string SystemicOccurrence = "SUA";
    public const string SystemicNonDetection = "SUN";

    /// <summary>Every value of the enumeration, in the model's order.</summary>
    public static IReadOnlyList<string> All { get; } = [TechnicalOccurrence, TechnicalNonDetection, SystemicOccurrence, SystemicNonDetection];

    /// <summary>The code of a cause kind; there is none for <see cref="CauseKind.Unspecified"/>.</summary>
    public static string ToCode(CauseKind kind) => kind switch
    {
        CauseKind.Occurrence => TechnicalOccurrence,
        CauseKind.NonDetection => TechnicalNonDetection,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "only occurrence and non-detection have a Catena-X cause type"),
    };

    /// <summary>The cause kind of a code; <see cref="CauseKind.Unspecified"/> for anything that is not one of the four codes.</summary>
    public static CauseKind ToCauseKind(string? code) => code switch
    {
        TechnicalOccurrence or SystemicOccurrence => CauseKind.Occurrence,
        TechnicalNonDetection or SystemicNonDetection => CauseKind.NonDetection,
        _ => CauseKind.Unspecified,
    };
}
