using System.Collections.Immutable;
using System.Reflection;

namespace SupplyQuality.Domain.EightD.Checking;

/// <summary>
/// Every hint the <see cref="EightDChecker"/> gives: stable code, discipline, severity and English template. The web
/// keeps an English and a Chinese text per code; its resource test checks <see cref="All"/> against them.
/// A code never changes meaning once published; a changed rule gets a new code.
/// </summary>
public static class EightDHintCodes
{
    private const Discipline D0 = Discipline.D0Preparation;
    private const Discipline D1 = Discipline.D1Team;
    private const Discipline D2 = Discipline.D2ProblemDescription;
    private const Discipline D3 = Discipline.D3Containment;
    private const Discipline D4 = Discipline.D4RootCause;
    private const Discipline D5 = Discipline.D5CorrectiveActions;
    private const Discipline D6 = Discipline.D6Validation;
    private const Discipline D7 = Discipline.D7Prevention;
    private const Discipline D8 = Discipline.D8Closure;
    private const HintSeverity Advice = HintSeverity.Advice;
    private const HintSeverity Warning = HintSeverity.Warning;

    // D0

    public static EightDHintCode PreparationNoEmergencyResponse { get; } = new("preparation.no_emergency_response", D0, Advice,
        "No emergency response is listed: say how the customer was protected at once (shipments stopped, lots blocked, stock sorted).");

    // D1

    public static EightDHintCode TeamNoChampion { get; } = new("team.no_champion", D1, Warning,
        "The team has no champion: name the manager who gives it authority and resources.");

    public static EightDHintCode TeamNoLeader { get; } = new("team.no_leader", D1, Warning,
        "The team has no leader: name the person who drives the 8D to closure.");

    public static EightDHintCode TeamSingleFunction { get; } = new("team.single_function", D1, Advice,
        "Every member comes from '{0}': a cross-functional team (quality, production, engineering, logistics) finds causes one function misses.");

    // D2

    public static EightDHintCode ProblemFiveWTwoHGap { get; } = new("problem.five_w_two_h_gap", D2, Warning,
        "This 5W2H question is not answered: state the facts, or say what is still being clarified.");

    public static EightDHintCode ProblemHowManyNotQuantified { get; } = new("problem.how_many_not_quantified", D2, Advice,
        "'How many' gives no number: state the quantities (parts, lots, PPM).");

    public static EightDHintCode ProblemNoIsIsNot { get; } = new("problem.no_is_is_not", D2, Warning,
        "There is no is / is-not analysis: compare where, when and on what the problem occurs with where it does not.");

    public static EightDHintCode ProblemIsNotMissing { get; } = new("problem.is_not_missing", D2, Advice,
        "This row has no 'is not': the comparison with where the problem does not occur is what narrows down the cause.");

    // D3

    public static EightDHintCode ContainmentNoActions { get; } = new("containment.no_actions", D3, Warning,
        "No containment action is listed: say where suspect stock was checked and what was found.");

    public static EightDHintCode ContainmentNoSupplierStock { get; } = new("containment.no_supplier_stock", D3, Advice,
        "No action covers stock at the supplier (finished goods, work in progress, warehouse).");

    public static EightDHintCode ContainmentNoTransit { get; } = new("containment.no_transit", D3, Warning,
        "No action covers stock in transit: shipments already on their way reach the customer unchecked.");

    public static EightDHintCode ContainmentNoOemStock { get; } = new("containment.no_oem_stock", D3, Warning,
        "No action covers stock at the OEM (incoming warehouse, line side, service parts): say who sorts it there.");

    public static EightDHintCode ContainmentNothingChecked { get; } = new("containment.nothing_checked", D3, Advice,
        "No quantity was checked: give how many parts were sorted and how many were found bad.");

    public static EightDHintCode ContainmentNotCompleted { get; } = new("containment.not_completed", D3, Advice,
        "This action has no completion time: say when it was done.");

    // D4

    public static EightDHintCode RootCauseNoOccurrence { get; } = new("rootcause.no_occurrence", D4, Warning,
        "No cause for occurrence is given: why was the defect made?");

    public static EightDHintCode RootCauseNoNonDetection { get; } = new("rootcause.no_non_detection", D4, Warning,
        "No cause for non-detection is given: why did the process and the inspection let the defect reach the customer?");

    public static EightDHintCode RootCauseOperatorError { get; } = new("rootcause.operator_error", D4, Warning,
        "'{0}' is given as the cause without a systemic cause: ask why the process allowed the mistake (no error-proofing, unclear instruction, training system) and name that cause.");

    public static EightDHintCode RootCauseSymptom { get; } = new("rootcause.symptom", D4, Warning,
        "This describes the symptom, not its cause: keep asking why until you reach a cause that switches the defect on and off.");

    public static EightDHintCode RootCauseUnverified { get; } = new("rootcause.unverified", D4, Warning,
        "The cause is not verified: show that it reproduces the defect and that removing it removes the defect.");

    public static EightDHintCode RootCauseNoMethod { get; } = new("rootcause.no_method", D4, Advice,
        "Name the analysis method that found the cause (5 Why, Ishikawa, fault tree, is / is-not).");

    // D5

    public static EightDHintCode CorrectiveNoActions { get; } = new("corrective.no_actions", D5, Warning,
        "No corrective action is listed.");

    public static EightDHintCode CorrectiveNoOccurrenceAction { get; } = new("corrective.no_occurrence_action", D5, Warning,
        "No action addresses occurrence: the cause that made the defect stays in place.");

    public static EightDHintCode CorrectiveNoNonDetectionAction { get; } = new("corrective.no_non_detection_action", D5, Warning,
        "No action addresses non-detection: a recurrence would again reach the customer.");

    public static EightDHintCode CorrectiveNoVerification { get; } = new("corrective.no_verification", D5, Warning,
        "The action has no verification: show, before implementing it, that it removes the cause (trial run, measurements).");

    public static EightDHintCode CorrectiveNoOwner { get; } = new("corrective.no_owner", D5, Warning,
        "The action has no owner.");

    public static EightDHintCode CorrectiveNoDueDate { get; } = new("corrective.no_due_date", D5, Warning,
        "The action has no due date.");

    public static EightDHintCode CorrectiveWeakAction { get; } = new("corrective.weak_action", D5, Warning,
        "'{0}' alone does not prevent recurrence: add a technical or systemic action (error-proofing, process parameter, fixture, gauge, control plan).");

    // D6

    public static EightDHintCode ValidationNoImplementations { get; } = new("validation.no_implementations", D6, Warning,
        "No implemented action is listed.");

    public static EightDHintCode ValidationNoEvidence { get; } = new("validation.no_evidence", D6, Warning,
        "No evidence of implementation: name the report, photo, drawing or document revision.");

    public static EightDHintCode ValidationNoEffectiveness { get; } = new("validation.no_effectiveness", D6, Warning,
        "The result shows no data: give the evidence of effectiveness (lots or parts made since, defects found, capability).");

    public static EightDHintCode ValidationContainmentNotRemoved { get; } = new("validation.containment_not_removed", D6, Advice,
        "Say when the interim containment was lifted, once the permanent actions are proven.");

    public static EightDHintCode ValidationActionsMissing { get; } = new("validation.actions_missing", D6, Advice,
        "{0} implemented action(s) are listed for the {1} corrective action(s) of D5: report each one.");

    // D7

    public static EightDHintCode PreventionNoSimilarParts { get; } = new("prevention.no_similar_parts", D7, Warning,
        "No similar parts or processes are named: check where the same cause can occur (sister parts, other lines, other plants).");

    public static EightDHintCode PreventionNoFmea { get; } = new("prevention.no_fmea", D7, Advice,
        "No FMEA update is named: add the failure mode and cause to the process FMEA.");

    public static EightDHintCode PreventionNoControlPlan { get; } = new("prevention.no_control_plan", D7, Advice,
        "No control plan update is named: add the new control or check to the control plan.");

    public static EightDHintCode PreventionNoLessonsLearned { get; } = new("prevention.no_lessons_learned", D7, Advice,
        "Write down the lesson learned so that other teams and new products benefit.");

    // D8

    public static EightDHintCode ClosureContainmentActive { get; } = new("closure.containment_active", D8, Advice,
        "D6 does not say that containment was lifted: lift it, or say why it continues, before closing.");

    /// <summary>Every hint code above, in declaration order.</summary>
    public static ImmutableArray<EightDHintCode> All { get; } =
    [
        .. typeof(EightDHintCodes)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(EightDHintCode))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (EightDHintCode)p.GetValue(null)!),
    ];

    private static readonly ImmutableDictionary<string, EightDHintCode> ByCode = All.ToImmutableDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The hint code named <paramref name="code"/>, or null when there is none.</summary>
    public static EightDHintCode? Find(string code) => ByCode.GetValueOrDefault(code);
}
