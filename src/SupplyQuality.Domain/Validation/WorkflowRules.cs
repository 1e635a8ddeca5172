using System.Collections.Immutable;

namespace SupplyQuality.Domain.Validation;

/// <summary>
/// Every rule name a <see cref="WorkflowRuleException"/> carries (FAILED_PRECONDITION), with its English meaning.
/// Pages show the rule in the reader's language by its code; the web's resource test checks <see cref="All"/>
/// against its texts, and a domain test checks that every rule thrown in the sources is listed here.
/// </summary>
public static class WorkflowRules
{
    /// <summary>Every workflow rule, by area.</summary>
    public static ImmutableArray<WorkflowRule> All { get; } =
    [
        new("8d.discipline_order", "A discipline cannot be submitted before the one before it has been submitted."),
        new("8d.awaiting_review", "The discipline is waiting for the OEM's review and cannot be submitted again yet."),
        new("8d.already_approved", "The discipline is already approved and cannot be submitted again."),
        new("8d.nothing_to_review", "The discipline has no submission waiting for review."),
        new("8d.closure_requires_d1_d7", "Closure (D8) can be approved only when D1 to D7 are approved."),
        new("8d.closed", "The 8D is closed and cannot be changed."),
        new("8d.ncr_relation", "Every nonconformance of an 8D must be an NCR of the same OEM against the same supplier."),
        new("8d.withdrawn", "The 8D was withdrawn together with all of its nonconformances."),
        new("ncr.single_8d", "A nonconformance belongs to at most one 8D."),
        new("ncr.closed", "The nonconformance is closed and cannot be changed."),
        new("ncr.withdrawn", "The nonconformance was withdrawn."),
        new("ncr.not_withdrawn", "The nonconformance is not a withdrawn nonconformance of this 8D."),
        new("ncr.dispute_open", "The nonconformance already has an open dispute."),
        new("ncr.no_open_dispute", "The nonconformance has no open dispute to resolve."),
        new("ncr.not_closed", "The cost of a nonconformance is answered once it is closed."),
        new("ncr.no_cost", "The nonconformance charges no cost."),
        new("ncr.cost_answered", "The cost of the nonconformance was already accepted or disputed."),
        new("ncr.cost_not_disputed", "Only a disputed cost can be settled."),
        new("ncr.request_reused", "This request id was first used for a nonconformance against another supplier; raise this one with a new request id."),
        new("evidence.limit", "The record already holds the most evidence files allowed."),
        new("sourcing.not_linked", "The supplier is not a source of the part for this OEM; add the sourcing link first."),
        new("escalation.unchanged", "The supplier is already at this escalation level."),
        new("archive.conflict", "The record already exists here with other content."),
        new("workflow", "A workflow rule forbids this change in the current state."),
    ];

    private static readonly ImmutableDictionary<string, WorkflowRule> ByCode = All.ToImmutableDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>The rule named <paramref name="code"/>, or null when there is none (e.g. a newer silo's rule).</summary>
    public static WorkflowRule? Find(string code) => ByCode.GetValueOrDefault(code);
}
