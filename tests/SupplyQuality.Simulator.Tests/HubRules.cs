using System.Globalization;
using SupplyQuality.Domain;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Simulator.Generation;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Simulator.Tests;

/// <summary>
/// Checks generated requests with the hub's domain code: the input rules every service applies, the 8D workflow
/// (each plan is played on a domain 8D) and the sourcing and escalation rules. Collects every problem.
/// </summary>
internal sealed class HubRules(DateTimeOffset now)
{
    private const string Engineer = "sqe@oem";
    private const string SupplierUser = "quality@supplier";
    private readonly HashSet<(string, string, string)> _sourcing = [];

    public List<string> Problems { get; } = [];

    public void CheckDirectory(SupplyChainDirectory directory)
    {
        foreach (var r in directory.OemRequests)
        {
            Check(r.RequestId, () => new OemProfile(r.OemId, r.Name, r.NameZh, EightDPolicy.Default, RiskPolicy.Default).Validate());
        }

        foreach (var r in directory.SupplierRequests)
        {
            Check(r.RequestId, () => new SupplierProfile(r.SupplierId, r.Name, r.NameZh).Validate());
        }

        foreach (var r in directory.PartRequests)
        {
            Check(r.RequestId, () => new PartProfile(r.PartNumber, r.Description, r.DescriptionZh).Validate());
        }

        foreach (var r in directory.SourcingRequests)
        {
            Check(r.RequestId, () => new SourcingLink(r.OemId, r.SupplierId, r.PartNumber).Validate());
            _sourcing.Add((r.OemId, r.SupplierId, r.PartNumber));
        }
    }

    public void Check(V1.RecordReceiptRequest r) => Check(r.RequestId, () =>
    {
        Linked(r.OemId, r.SupplierId, r.PartNumber);
        new Receipt(EntityIds.Receipt(r.OemId, r.RequestId), r.OemId, r.SupplierId, r.PartNumber, r.LotNumber, r.QuantityReceived, r.QuantityInspected,
            r.QuantityRejected, DomainMapping.Enum<LotDecision>(r.Decision), r.ReceivedAt.ToDateTimeOffset(), Engineer).Validate(now);
    });

    public void Check(V1.RaiseNonconformanceRequest r) => Check(r.RequestId, () =>
    {
        Linked(r.OemId, r.SupplierId, r.PartNumber);
        var amount = decimal.Parse(r.Cost.Amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        new NonconformanceDetails(r.OemId, r.SupplierId, r.PartNumber, r.LotNumber, r.DefectiveQuantity, r.DefectCode,
            DomainMapping.Enum<Severity>(r.Severity), DomainMapping.Enum<DetectionPoint>(r.DetectionPoint), r.Description,
            new Money(amount, r.Cost.Currency), r.DetectedAt.ToDateTimeOffset(), Engineer).Validate(now);
    });

    /// <summary>Plays the plan on a domain 8D: its request, then every step; returns the 8D, or null when a rule refused.</summary>
    public EightDReport? Check(EightDPlan plan, IReadOnlyDictionary<string, V1.RaiseNonconformanceRequest> nonconformances)
    {
        EightDReport? report = null;
        Check(plan.Request.RequestId, () =>
        {
            RequestId(plan.Request.RequestId);
            foreach (var id in plan.NonconformanceRequestIds)
            {
                var ncr = nonconformances[id];
                if (ncr.OemId != plan.OemId || ncr.SupplierId != plan.SupplierId)
                {
                    throw new InvalidOperationException($"8d.ncr_relation: {id} is not of {plan.OemId}/{plan.SupplierId}");
                }
            }

            report = EightDReport.Request(
                EntityIds.EightD(plan.OemId, plan.Request.RequestId), plan.OemId, plan.SupplierId, plan.Request.Title,
                [.. plan.NonconformanceRequestIds.Select(id => EntityIds.Nonconformance(plan.OemId, id))], Engineer, EightDPolicy.Default, plan.RequestedAt);
            foreach (var step in plan.Steps)
            {
                var discipline = DomainMapping.Enum<Discipline>(step.Discipline);
                report = step.Submit is { } submit
                    ? report.Submit(discipline, DomainMapping.ToDomain(submit.Content), SupplierUser, step.At)
                    : report.Review(discipline, DomainMapping.Enum<ReviewDecision>(step.Review!.Decision), step.Review.Reason, Engineer, step.At);
                var record = report[discipline];
                if (record.Revision != step.Revision || (int)record.Status != (int)step.StatusAfter)
                {
                    throw new InvalidOperationException($"{step.Discipline}: expected revision {step.Revision} {step.StatusAfter}, the domain has {record.Revision} {record.Status}");
                }
            }
        });
        return report;
    }

    /// <summary>Each relation's changes in order: each is valid and changes the level.</summary>
    public void Check(IEnumerable<ScheduledEscalation> escalations)
    {
        var levels = new Dictionary<(string, string), EscalationLevel>();
        foreach (var e in escalations)
        {
            var r = e.Request;
            Check(r.RequestId, () =>
            {
                RequestId(r.RequestId);
                var level = DomainMapping.Enum<EscalationLevel>(r.Level);
                new EscalationChange(EntityIds.Escalation(r.OemId, r.RequestId), level, r.Reason, Engineer, e.At).Validate();
                var key = (r.OemId, r.SupplierId);
                if (levels.GetValueOrDefault(key, EscalationLevel.Normal) == level)
                {
                    throw new InvalidOperationException($"escalation.unchanged: {r.SupplierId} already at {level}");
                }

                levels[key] = level;
            });
        }
    }

    private void Linked(string oem, string supplier, string part)
    {
        if (_sourcing.Count > 0 && !_sourcing.Contains((oem, supplier, part)))
        {
            throw new InvalidOperationException($"sourcing.not_linked: {oem} {supplier} {part}");
        }
    }

    private static void RequestId(string requestId)
    {
        var check = new InputRules.Checker();
        check.RequestId("request_id", requestId);
        check.ThrowIfInvalid();
    }

    private void Check(string what, Action check)
    {
        try
        {
            RequestId(what);
            check();
        }
        catch (Exception e) when (e is InputValidationException or WorkflowRuleException or InvalidOperationException or FormatException)
        {
            Problems.Add($"{what}: {e.Message}");
        }
    }
}
