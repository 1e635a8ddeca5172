using System.Globalization;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.EightD.Content;
using SupplyQuality.Domain.Interchange.CatenaX;
using SupplyQuality.Domain.Nonconformances;

namespace SupplyQuality.Domain.Interchange;

/// <summary>
/// Writes an 8D as a Catena-X <c>io.catenax.report_8d</c> 1.0.0 document (see <see cref="CatenaXReport8DModel"/>).
/// Each submitted discipline becomes its step (the latest submitted content, whatever its review state); disciplines
/// never submitted are left out, as the model makes every step optional. Dates are UTC calendar dates.
/// <para>From the hub's data:</para>
/// <list type="bullet">
/// <item>header: complaintDate = when the 8D was requested; lastRevisionDate = the latest request, submission, review
/// or closure; customerComplaintId = the 8D id; supplierId / supplierName and the customer's companyName from the
/// directory; parts = one per part number and lot of the 8D's NCRs (partName = the part's description,
/// batchNumber = the lot); complaintLocation = where the NCRs were detected; the NCR ids and each discipline's
/// review state as hub entries.</item>
/// <item>D0: problemDescription = the symptom; each emergency response action a measure introduced on the day D0 was
/// submitted, its proofOfEffectiveness "not recorded" (the hub keeps none).</item>
/// <item>D1: sponsor = the champion, teamLeader and contactPerson = the leader, teamMembers = everyone in order,
/// department = the member's function, role = the 8D team role.</item>
/// <item>D2: symptomDescription = what, problemDescription = why, errorLocation = where, errorType = the NCRs' defect
/// codes, riskAssessmentStarted = <c>null</c> (the hub keeps no risk assessment; the model's date type allows
/// null); when, who, how, how many and the is / is-not rows as hub entries.</item>
/// <item>D3: each containment action with its quantities in proofOfEffectiveness, introductionDate = its completion
/// (or D3's submission) date, responsiblePerson; description, location, quantities and completion time as hub
/// entries (the model's containment action has no property for the action itself).</item>
/// <item>D4: occurrence causes as TUA, non-detection causes as TUN (<see cref="CatenaXCauseTypes"/>);
/// causeHypothesisDescription = the cause, result = its verification, method; clarificationDate = D4's
/// submission date.</item>
/// <item>D5: measure, responsiblePerson = owner, introductionDate = due date, proofOfEffectiveness = verification,
/// causeAssignment = TUA or TUN; the exact due time as a hub entry.</item>
/// <item>D6: each implementation a measure with status closed, introductionDate = implementation date,
/// proofOfEffectiveness = evidence; the validation result, the exact times and when containment was lifted as hub
/// entries (the model's D6 has no property for them).</item>
/// <item>D7: each FMEA, control plan and similar part or process reference a measure with status closed, introduced
/// on D7's submission date; which list it came from and the lessons learned as hub entries.</item>
/// <item>D8: resultAssesment = the summary, closingDate = when the 8D closed (or D8 was submitted); the team
/// recognition as a header hub entry (the model's D8 has no additionalInformationList).</item>
/// </list>
/// Not exported, because the hub does not have them: supplierComplaintId, qualityTaskId, serial numbers, hardware
/// versions, partId, supplier part numbers, effectiveness percentages, errorCauseCategory (VDA catalogue), systemic
/// causes (SUA/SUN), verificationBy, risk of immediate measures. Required data the hub does not keep (customer city,
/// country, BPNL and e-mail, order numbers) comes from <see cref="CatenaXPartyDetails"/>; team members' e-mail
/// addresses are optional in the hub but required by the model. When something required is missing, the document
/// says so through <see cref="CatenaXReport8DValidator"/>, naming the path.
/// </summary>
public static class CatenaXReport8DExporter
{
    /// <summary>Written where the model requires a text the hub does not record.</summary>
    public const string NotRecorded = "not recorded";

    /// <summary>The model's ISO8601LocalDate for an unknown date.</summary>
    public const string UnknownDate = "null";

    internal const string ChampionRole = "8D champion";
    internal const string LeaderRole = "8D team leader";
    internal const string MemberRole = "8D team member";

    internal static readonly string[] PreventionLists = ["fmea_references", "control_plan_references", "similar_parts_or_processes"];

    public static CatenaXReport8D Export(CatenaXExportSource source)
    {
        var report = source.Report;
        string complaintDate = Date(report.RequestedAt);
        string? complaintLocation = ComplaintLocation(source);
        return new CatenaXReport8D
        {
            Header = Header(source, complaintDate, complaintLocation),
            StepD0 = Content<PreparationContent>(report, Discipline.D0Preparation) is { } d0
                ? StepD0(d0, report, complaintDate, complaintLocation)
                : null,
            StepD1 = Content<TeamContent>(report, Discipline.D1Team) is { } d1 ? StepD1(d1) : null,
            StepD2 = Content<ProblemDescriptionContent>(report, Discipline.D2ProblemDescription) is { } d2 ? StepD2(d2, source.Nonconformances) : null,
            StepD3 = Content<ContainmentContent>(report, Discipline.D3Containment) is { } d3 ? StepD3(d3, SubmittedOn(report, Discipline.D3Containment)) : null,
            StepD4 = Content<RootCauseContent>(report, Discipline.D4RootCause) is { } d4 ? StepD4(d4, SubmittedOn(report, Discipline.D4RootCause)) : null,
            StepD5 = Content<CorrectiveActionsContent>(report, Discipline.D5CorrectiveActions) is { } d5 ? StepD5(d5) : null,
            StepD6 = Content<ValidationContent>(report, Discipline.D6Validation) is { } d6 ? StepD6(d6) : null,
            StepD7 = Content<PreventionContent>(report, Discipline.D7Prevention) is { } d7 ? StepD7(d7, SubmittedOn(report, Discipline.D7Prevention)) : null,
            StepD8 = Content<ClosureContent>(report, Discipline.D8Closure) is { } d8 ? StepD8(d8, report) : null,
        };
    }

    /// <summary>The JSON text of <see cref="Export"/>.</summary>
    public static string ExportJson(CatenaXExportSource source) => CatenaXJson.Serialize(Export(source));

    /// <summary>A UTC calendar date as ISO8601LocalDate.</summary>
    public static string Date(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : UnknownDate;

    private static CatenaXHeader Header(CatenaXExportSource source, string complaintDate, string? complaintLocation)
    {
        var report = source.Report;
        var entries = HubExtensionEntries.ForWriting();
        entries.Add("eight_d_id", report.Id);
        entries.Add("oem_id", report.OemId);
        entries.Add("status", report.IsClosed ? "closed" : report.IsWithdrawn ? "withdrawn" : "open");
        entries.Add("nonconformance_ids", string.Join(",", report.NonconformanceIds));
        foreach (var record in report.Disciplines)
        {
            entries.Add($"d{record.Number}.status", StatusName(record.Status));
        }

        if (Content<ClosureContent>(report, Discipline.D8Closure) is { } closure)
        {
            entries.Add("closure.team_recognition", closure.TeamRecognition);
        }

        var parties = source.Parties;
        return new CatenaXHeader
        {
            ComplaintDate = complaintDate,
            LastRevisionDate = Date(LastRevision(report)),
            Title = report.Title,
            CustomerComplaintId = report.Id,
            CustomerContact = WithCompanyName(parties.CustomerContact ?? new CatenaXContact(), source.OemName),
            SupplierContact = parties.SupplierContact is { } supplier ? WithCompanyName(supplier, source.SupplierName) : null,
            Parts =
            [
                .. source.Nonconformances
                    .Select(n => (n.Details.PartNumber, n.Details.LotNumber))
                    .Distinct()
                    .Select(p => new CatenaXPart
                    {
                        CustomerPartNumber = p.PartNumber,
                        OrderNumber = Blank(parties.OrderNumber),
                        BatchNumber = p.LotNumber,
                        PartName = source.PartNames.TryGetValue(p.PartNumber, out var name) ? Blank(name) : null,
                    }),
            ],
            ComplaintLocation = complaintLocation,
            SupplierId = report.SupplierId,
            SupplierName = Blank(source.SupplierName),
            AdditionalInformationList = entries.Written,
        };
    }

    private static CatenaXStepD0 StepD0(PreparationContent d0, EightDReport report, string complaintDate, string? complaintLocation)
    {
        string introduced = SubmittedOn(report, Discipline.D0Preparation);
        return new CatenaXStepD0
        {
            DefineEmergencyResponseAction =
            [
                .. d0.EmergencyResponseActions.Select(action => new CatenaXMeasure
                {
                    IntroductionDate = introduced,
                    ProofOfEffectiveness = NotRecorded,
                    Measure = action,
                }),
            ],
            CustomerComplaintId = report.Id,
            ProblemDescription = d0.Symptom,
            ComplaintDate = complaintDate,
            ComplaintLocation = complaintLocation,
        };
    }

    private static CatenaXStepD1 StepD1(TeamContent d1)
    {
        var champion = d1.Members.FirstOrDefault(m => m.Role == TeamRole.Champion);
        var leader = d1.Members.FirstOrDefault(m => m.Role == TeamRole.Leader);
        var contact = leader ?? champion ?? d1.Members.FirstOrDefault();
        return new CatenaXStepD1
        {
            Sponsor = champion is null ? null : Person(champion),
            TeamLeader = leader is null ? null : Person(leader),
            ContactPerson = contact is null ? new CatenaXPerson { Name = string.Empty } : Person(contact),
            TeamMembers = [.. d1.Members.Select(Person)],
        };
    }

    private static CatenaXPerson Person(TeamMember member) => new()
    {
        Name = member.Name,
        Department = Blank(member.Function),
        Role = member.Role switch
        {
            TeamRole.Champion => ChampionRole,
            TeamRole.Leader => LeaderRole,
            _ => MemberRole,
        },
        Email = Blank(member.Email),
    };

    private static CatenaXStepD2 StepD2(ProblemDescriptionContent d2, IReadOnlyList<Nonconformance> nonconformances)
    {
        var entries = HubExtensionEntries.ForWriting();
        const string s = "problem_description.five_w_two_h";
        entries.Add($"{s}.when", d2.Statement.When);
        entries.Add($"{s}.who", d2.Statement.Who);
        entries.Add($"{s}.how", d2.Statement.How);
        entries.Add($"{s}.how_many", d2.Statement.HowMany);
        for (int i = 0; i < d2.IsIsNot.Length; i++)
        {
            string row = $"problem_description.is_is_not[{i}]";
            entries.Add($"{row}.dimension", d2.IsIsNot[i].Dimension);
            entries.Add($"{row}.is", d2.IsIsNot[i].Is);
            entries.Add($"{row}.is_not", d2.IsIsNot[i].IsNot);
        }

        var defectCodes = nonconformances.Select(n => n.Details.DefectCode).Distinct().ToList();
        return new CatenaXStepD2
        {
            SymptomDescription = d2.Statement.What,
            ProblemDescription = d2.Statement.Why,
            ErrorType = defectCodes.Count == 0 ? null : string.Join(", ", defectCodes),
            RiskAssessmentStarted = UnknownDate,
            ErrorLocation = Blank(d2.Statement.Where),
            AdditionalInformationList = entries.Written,
        };
    }

    private static CatenaXStepD3 StepD3(ContainmentContent d3, string submittedOn)
    {
        var entries = HubExtensionEntries.ForWriting();
        var actions = new List<CatenaXInterimContainmentAction>();
        for (int i = 0; i < d3.Actions.Length; i++)
        {
            var action = d3.Actions[i];
            string p = $"containment.actions[{i}]";
            entries.Add($"{p}.description", action.Description);
            entries.Add($"{p}.location", action.Location);
            entries.Add($"{p}.quantity_checked", action.QuantityChecked);
            entries.Add($"{p}.quantity_found_bad", action.QuantityFoundBad);
            entries.Add($"{p}.completed_at", action.CompletedAt);
            actions.Add(new CatenaXInterimContainmentAction
            {
                ProofOfEffectiveness = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{action.Description}: {action.QuantityChecked} checked, {action.QuantityFoundBad} found bad ({LocationText(action.Location)})"),
                IntroductionDate = action.CompletedAt is { } completed ? Date(completed) : submittedOn,
                ResponsiblePerson = Blank(action.Responsible),
            });
        }

        return new CatenaXStepD3 { DescriptionOfInterimContainmentActions = actions, AdditionalInformationList = entries.Written };
    }

    private static CatenaXStepD4 StepD4(RootCauseContent d4, string submittedOn) => new()
    {
        Causes =
        [
            .. d4.OccurrenceCauses.Select(c => Cause(c, CauseKind.Occurrence, submittedOn)),
            .. d4.NonDetectionCauses.Select(c => Cause(c, CauseKind.NonDetection, submittedOn)),
        ],
    };

    private static CatenaXCause Cause(RootCause cause, CauseKind kind, string clarifiedOn) => new()
    {
        TypeOfCauses = CatenaXCauseTypes.ToCode(kind),
        CauseHypothesisDescription = cause.Description,
        ClarificationDate = clarifiedOn,
        Result = cause.Verification,
        Method = Blank(cause.Method),
    };

    private static CatenaXStepD5 StepD5(CorrectiveActionsContent d5)
    {
        var entries = HubExtensionEntries.ForWriting();
        var measures = new List<CatenaXMeasure>();
        for (int i = 0; i < d5.Actions.Length; i++)
        {
            var action = d5.Actions[i];
            entries.Add($"corrective_actions.actions[{i}].due_at", action.DueAt);
            measures.Add(new CatenaXMeasure
            {
                IntroductionDate = Date(action.DueAt),
                ResponsiblePerson = Blank(action.Owner),
                CauseAssignment = action.Addresses is CauseKind.Occurrence or CauseKind.NonDetection ? CatenaXCauseTypes.ToCode(action.Addresses) : null,
                ProofOfEffectiveness = action.Verification,
                Measure = action.Description,
            });
        }

        return new CatenaXStepD5 { DefinePermanentCorrectiveActions = measures, AdditionalInformationList = entries.Written };
    }

    private static CatenaXStepD6 StepD6(ValidationContent d6)
    {
        var entries = HubExtensionEntries.ForWriting();
        var measures = new List<CatenaXMeasure>();
        for (int i = 0; i < d6.Implementations.Length; i++)
        {
            var implementation = d6.Implementations[i];
            entries.Add($"validation.implementations[{i}].implemented_at", implementation.ImplementedAt);
            measures.Add(new CatenaXMeasure
            {
                IntroductionDate = Date(implementation.ImplementedAt),
                ProofOfEffectiveness = implementation.Evidence,
                Status = "closed",
                Measure = implementation.Description,
            });
        }

        entries.Add("validation.validation_result", d6.ValidationResult);
        entries.Add("validation.containment_removed_at", d6.ContainmentRemovedAt);
        return new CatenaXStepD6 { ImplementedCorrectiveMeasures = measures, AdditionalInformationList = entries.Written };
    }

    private static CatenaXStepD7 StepD7(PreventionContent d7, string submittedOn)
    {
        var entries = HubExtensionEntries.ForWriting();
        var measures = new List<CatenaXMeasure>();
        void AddAll(IEnumerable<string> references, string list, string proof)
        {
            foreach (var reference in references)
            {
                entries.Add($"prevention.measures[{measures.Count}].list", list);
                measures.Add(new CatenaXMeasure { IntroductionDate = submittedOn, ProofOfEffectiveness = proof, Status = "closed", Measure = reference });
            }
        }

        AddAll(d7.FmeaReferences, PreventionLists[0], "FMEA updated");
        AddAll(d7.ControlPlanReferences, PreventionLists[1], "control plan updated");
        AddAll(d7.SimilarPartsOrProcesses, PreventionLists[2], "rolled out to this similar part or process");
        entries.Add("prevention.lessons_learned", d7.LessonsLearned);
        return new CatenaXStepD7 { ErrorPreventiveMeasures = measures, AdditionalInformationList = entries.Written };
    }

    private static CatenaXStepD8 StepD8(ClosureContent d8, EightDReport report) => new()
    {
        ResultAssesment = Blank(d8.Summary),
        ClosingDate = Date(report.ClosedAt ?? report[Discipline.D8Closure].SubmittedAt),
    };

    private static T? Content<T>(EightDReport report, Discipline discipline)
        where T : DisciplineContent => report[discipline].Content as T;

    private static string SubmittedOn(EightDReport report, Discipline discipline) => Date(report[discipline].SubmittedAt);

    private static DateTimeOffset LastRevision(EightDReport report) =>
        report.Disciplines
            .SelectMany(d => new[] { d.SubmittedAt, d.ReviewedAt })
            .Append(report.ClosedAt)
            .OfType<DateTimeOffset>()
            .Append(report.RequestedAt)
            .Max();

    private static string? ComplaintLocation(CatenaXExportSource source)
    {
        var points = source.Nonconformances.Select(n => n.Details.DetectionPoint).Distinct().Select(p => p switch
        {
            DetectionPoint.IncomingInspection => "incoming inspection",
            DetectionPoint.ProductionLine => "production line",
            DetectionPoint.Field => "field",
            _ => null,
        }).OfType<string>().ToList();
        return points.Count == 0 ? null : $"{string.Join(", ", points)} at {source.OemName}";
    }

    private static CatenaXContact WithCompanyName(CatenaXContact contact, string companyName) =>
        string.IsNullOrWhiteSpace(contact.CompanyName) ? contact with { CompanyName = Blank(companyName) } : contact;

    private static string StatusName(DisciplineStatus status) => status switch
    {
        DisciplineStatus.NotSubmitted => "not_submitted",
        DisciplineStatus.Submitted => "submitted",
        DisciplineStatus.Approved => "approved",
        DisciplineStatus.Rejected => "rejected",
        _ => "unspecified",
    };

    private static string LocationText(ContainmentLocation location) => location switch
    {
        ContainmentLocation.Supplier => "at the supplier",
        ContainmentLocation.InTransit => "in transit",
        ContainmentLocation.Oem => "at the customer",
        _ => "location not given",
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
