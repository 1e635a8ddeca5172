using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>
/// A nonconformance report as it stands now. Changes return a new version; <see cref="Version"/>
/// counts them, so aggregates can tell a newer record from a replayed older one.
/// </summary>
/// <param name="Dispute">The supplier's latest dispute and its resolution; null if never disputed.</param>
/// <param name="CostResponse">The supplier's answer to the cost charged back at closure; null before one.</param>
/// <param name="Evidence">Evidence files attached to the NCR, oldest first.</param>
/// <remarks>
/// Stored in grain state (Orleans, fields numbered by parameter position) and in the relation ledger (JSON by name):
/// parameters are only ever added at the end, and records stored before a parameter existed read it as null or empty.
/// </remarks>
[GenerateSerializer, Immutable, Alias("sq.Nonconformance")]
public sealed record Nonconformance(
    string Id,
    NonconformanceDetails Details,
    NonconformanceStatus Status,
    string EightDId,
    DateTimeOffset RaisedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    NonconformanceDispute? Dispute,
    CostResponse? CostResponse,
    ImmutableArray<EvidenceFile> Evidence)
{
    /// <summary>At most this many evidence files per NCR.</summary>
    public const int MaxEvidenceFiles = InputRules.MaxListLength;

    /// <summary>Evidence files attached to the NCR, oldest first (never default).</summary>
    public ImmutableArray<EvidenceFile> Evidence
    {
        // Records stored before evidence existed arrive without a list (the serializers leave it default).
        get => field.IsDefault ? [] : field;
        init => field = value;
    } = Evidence;

    public static Nonconformance Raise(string id, NonconformanceDetails details, DateTimeOffset now)
    {
        details.Validate(now);
        return new Nonconformance(id, details, NonconformanceStatus.Open, string.Empty, now, now, 1, null, null, []);
    }

    public bool IsClosed => Status == NonconformanceStatus.Closed;

    public bool IsWithdrawn => Status == NonconformanceStatus.Withdrawn;

    /// <summary>True while a supplier's dispute waits for the OEM.</summary>
    public bool HasOpenDispute => Dispute is { IsOpen: true };

    /// <summary>
    /// The cost that counts in scorecards: the settled amount once the OEM settled a disputed cost, else the NCR's cost.
    /// </summary>
    public Money ChargedCost => CostResponse is { Status: CostResponseStatus.Settled, SettledAmount: { } settled } ? settled : Details.Cost;

    /// <summary>Attaches the NCR to an 8D. An NCR belongs to at most one 8D, and a closed or withdrawn NCR to none new.</summary>
    public Nonconformance AssignToEightD(string eightDId, DateTimeOffset now)
    {
        if (EightDId == eightDId)
        {
            return this;
        }

        if (EightDId.Length > 0)
        {
            throw new WorkflowRuleException("ncr.single_8d", $"nonconformance {Id} already belongs to 8D {EightDId}");
        }

        RequireNotWithdrawn();
        if (IsClosed)
        {
            throw new WorkflowRuleException("ncr.closed", $"nonconformance {Id} is closed");
        }

        return Next(now) with { EightDId = eightDId };
    }

    /// <summary>Undoes <see cref="AssignToEightD"/> when the 8D could not be stored.</summary>
    public Nonconformance ReleaseFromEightD(string eightDId, DateTimeOffset now) =>
        EightDId == eightDId ? Next(now) with { EightDId = string.Empty } : this;

    /// <summary>Containment approved: Open becomes Contained. Later states (closed, withdrawn) are kept.</summary>
    public Nonconformance MarkContained(DateTimeOffset now) =>
        Status == NonconformanceStatus.Open ? Next(now) with { Status = NonconformanceStatus.Contained } : this;

    /// <summary>The 8D closed. A withdrawn NCR stays withdrawn.</summary>
    public Nonconformance Close(DateTimeOffset now) =>
        IsClosed || IsWithdrawn ? this : Next(now) with { Status = NonconformanceStatus.Closed };

    /// <summary>
    /// The addressed supplier disputes the NCR, with a reason and optionally evidence files already attached to it.
    /// One open dispute at a time; a closed or withdrawn NCR cannot be disputed. After an upheld dispute the supplier
    /// may dispute again (with new evidence, say).
    /// </summary>
    public Nonconformance OpenDispute(string reason, IReadOnlyList<string> evidenceIds, string actor, DateTimeOffset now)
    {
        var check = new InputRules.Checker();
        check.Text("reason", reason);
        check.ListLength("evidence_ids", evidenceIds.Count, max: MaxEvidenceFiles);
        for (int i = 0; i < evidenceIds.Count; i++)
        {
            check.Rule(Evidence.Any(e => e.Id == evidenceIds[i]), $"evidence_ids[{i}]", ValidationCodes.EvidenceNotAttached);
        }

        check.Rule(evidenceIds.Distinct().Count() == evidenceIds.Count, "evidence_ids", ValidationCodes.RepeatedId);
        check.Text("disputed_by", actor, InputRules.MaxNameLength);
        check.ThrowIfInvalid();
        RequireNotWithdrawn();
        if (IsClosed)
        {
            throw new WorkflowRuleException("ncr.closed", $"nonconformance {Id} is closed; it can no longer be disputed");
        }

        if (HasOpenDispute)
        {
            throw new WorkflowRuleException("ncr.dispute_open", $"nonconformance {Id} already has an open dispute, raised by {Dispute!.RaisedBy}");
        }

        var dispute = new NonconformanceDispute(DisputeStatus.Open, reason, [.. evidenceIds], actor, now, string.Empty, string.Empty, null);
        return Next(now) with { Dispute = dispute };
    }

    /// <summary>
    /// The OEM resolves the open dispute: <see cref="DisputeDecision.Uphold"/> keeps the NCR as it was;
    /// <see cref="DisputeDecision.Withdraw"/> makes it <see cref="NonconformanceStatus.Withdrawn"/>, which takes it out
    /// of every figure. The NCR keeps its 8D id: the 8D notes the withdrawal and continues for its other NCRs.
    /// </summary>
    public Nonconformance ResolveDispute(DisputeDecision decision, string reason, string actor, DateTimeOffset now)
    {
        var check = new InputRules.Checker();
        check.Defined("decision", decision);
        check.Text("reason", reason);
        check.Text("resolved_by", actor, InputRules.MaxNameLength);
        check.ThrowIfInvalid();
        RequireNotWithdrawn();
        if (!HasOpenDispute)
        {
            throw new WorkflowRuleException("ncr.no_open_dispute", $"nonconformance {Id} has no open dispute to resolve");
        }

        var resolved = Dispute! with
        {
            Status = decision == DisputeDecision.Withdraw ? DisputeStatus.Withdrawn : DisputeStatus.Upheld,
            Resolution = reason,
            ResolvedBy = actor,
            ResolvedAt = now,
        };
        var next = Next(now) with { Dispute = resolved };
        return decision == DisputeDecision.Withdraw ? next with { Status = NonconformanceStatus.Withdrawn } : next;
    }

    /// <summary>
    /// The supplier answers the cost charged back once the NCR is closed: accepts it, or disputes it with a reason and
    /// optionally the amount it proposes (in the NCR's currency). Answered once.
    /// </summary>
    public Nonconformance RespondToCost(CostDecision decision, string reason, Money? proposedAmount, string actor, DateTimeOffset now)
    {
        bool accept = decision == CostDecision.Accept;
        var check = new InputRules.Checker();
        check.Defined("decision", decision);
        check.Text("reason", reason, required: decision == CostDecision.Dispute);
        check.Rule(!accept || proposedAmount is null, "proposed_amount", ValidationCodes.OnlyWithDispute);
        if (proposedAmount is not null)
        {
            proposedAmount.Validate(check, "proposed_amount");
            check.Rule(proposedAmount.Currency == Details.Cost.Currency, "proposed_amount.currency", ValidationCodes.CostCurrency, Details.Cost.Currency);
        }

        check.Text("responded_by", actor, InputRules.MaxNameLength);
        check.ThrowIfInvalid();
        RequireNotWithdrawn();
        if (!IsClosed)
        {
            throw new WorkflowRuleException("ncr.not_closed", $"nonconformance {Id} is not closed; its cost is answered once its 8D closes");
        }

        if (Details.Cost.Amount == 0)
        {
            throw new WorkflowRuleException("ncr.no_cost", $"nonconformance {Id} charges no cost");
        }

        if (CostResponse is not null)
        {
            throw new WorkflowRuleException("ncr.cost_answered", $"the cost of nonconformance {Id} was already {CostResponse.Status.ToString().ToLowerInvariant()}");
        }

        var response = new CostResponse(
            accept ? CostResponseStatus.Accepted : CostResponseStatus.Disputed,
            reason ?? string.Empty,
            proposedAmount,
            actor,
            now,
            null,
            string.Empty,
            string.Empty,
            null);
        return Next(now) with { CostResponse = response };
    }

    /// <summary>The OEM settles a disputed cost with the final amount (in the NCR's currency, zero waives it) and a reason.</summary>
    public Nonconformance SettleCost(Money amount, string reason, string actor, DateTimeOffset now)
    {
        var check = new InputRules.Checker();
        amount.Validate(check, "amount");
        check.Rule(amount.Currency == Details.Cost.Currency, "amount.currency", ValidationCodes.CostCurrency, Details.Cost.Currency);
        check.Text("reason", reason);
        check.Text("settled_by", actor, InputRules.MaxNameLength);
        check.ThrowIfInvalid();
        RequireNotWithdrawn();
        if (CostResponse is not { Status: CostResponseStatus.Disputed })
        {
            throw new WorkflowRuleException(
                "ncr.cost_not_disputed",
                $"the cost of nonconformance {Id} is {(CostResponse is null ? "not answered" : CostResponse.Status.ToString().ToLowerInvariant())}; only a disputed cost is settled");
        }

        var settled = CostResponse with
        {
            Status = CostResponseStatus.Settled,
            SettledAmount = amount,
            SettlementReason = reason,
            SettledBy = actor,
            SettledAt = now,
        };
        return Next(now) with { CostResponse = settled };
    }

    /// <summary>
    /// Adds an evidence file. Idempotent by file id: the same id again returns this version unchanged.
    /// Refused on a closed or withdrawn NCR, and beyond <see cref="MaxEvidenceFiles"/>.
    /// </summary>
    public Nonconformance AttachEvidence(EvidenceFile file, DateTimeOffset now)
    {
        file.Validate();
        if (Evidence.Any(e => e.Id == file.Id))
        {
            return this;
        }

        RequireNotWithdrawn();
        if (IsClosed)
        {
            throw new WorkflowRuleException("ncr.closed", $"nonconformance {Id} is closed; no more evidence can be attached");
        }

        if (Evidence.Length >= MaxEvidenceFiles)
        {
            throw new WorkflowRuleException("evidence.limit", $"nonconformance {Id} already has {MaxEvidenceFiles} evidence files");
        }

        return Next(now) with { Evidence = Evidence.Add(file) };
    }

    private Nonconformance Next(DateTimeOffset now) => this with { UpdatedAt = now, Version = Version + 1 };

    private void RequireNotWithdrawn()
    {
        if (IsWithdrawn)
        {
            throw new WorkflowRuleException("ncr.withdrawn", $"nonconformance {Id} was withdrawn");
        }
    }
}
