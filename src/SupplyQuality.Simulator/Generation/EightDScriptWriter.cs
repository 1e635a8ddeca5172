using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator.Catalogues;

namespace SupplyQuality.Simulator.Generation;

/// <summary>
/// Writes an 8D as a supplier and an SQE would play it: discipline by discipline, each submitted after a realistic
/// delay and reviewed; some answers are sent back with a reason and resubmitted improved, some come after the
/// OEM's due date. Every content obeys the hub's content rules (the tests check them with the domain's code).
/// </summary>
internal static class EightDScriptWriter
{
    /// <summary>The hub's default 8D policy: the due dates the generated timing is measured against.</summary>
    public static readonly TimeSpan ContainmentDue = TimeSpan.FromHours(24);

    public static readonly TimeSpan RootCauseDue = TimeSpan.FromDays(10);

    public static readonly TimeSpan ClosureDue = TimeSpan.FromDays(60);

    private static readonly Discipline[] Disciplines =
    [
        Discipline.D0Preparation, Discipline.D1Team, Discipline.D2ProblemDescription, Discipline.D3Containment, Discipline.D4RootCause,
        Discipline.D5CorrectiveActions, Discipline.D6Validation, Discipline.D7Prevention, Discipline.D8Closure,
    ];

    public static string Title(EightDSubject subject)
    {
        string title = $"{subject.Defect.Name.En} on {subject.Part.PartNumber} {subject.Part.Description.En} / {subject.Part.Description.Zh}{subject.Defect.Name.Zh}";
        return title.Length <= 200 ? title : title[..200];
    }

    /// <summary>Every step of the 8D, in order.</summary>
    /// <param name="at">Maps a time since the request to a timestamp (for the steps and the dates in the content).</param>
    public static (List<EightDStep> Steps, bool MissesDueDate) Write(EightDSubject subject, SimulationRandom random, Func<TimeSpan, DateTimeOffset> at)
    {
        var steps = new List<EightDStep>();
        bool late = random.Chance(subject.Supplier.LateAnswerShare);
        var lateDiscipline = !late ? Discipline.Unspecified : random.NextDouble() switch
        {
            < 0.5 => Discipline.D3Containment,
            < 0.8 => Discipline.D5CorrectiveActions,
            _ => Discipline.D8Closure,
        };
        var approvedSubmission = new Dictionary<Discipline, TimeSpan>();
        var t = TimeSpan.Zero;
        foreach (var discipline in Disciplines)
        {
            bool early = discipline <= Discipline.D3Containment;
            var delay = discipline switch
            {
                Discipline.D0Preparation => random.Between(TimeSpan.FromMinutes(30), TimeSpan.FromHours(3)),
                Discipline.D1Team => random.Between(TimeSpan.FromMinutes(15), TimeSpan.FromHours(1)),
                Discipline.D2ProblemDescription => random.Between(TimeSpan.FromMinutes(30), TimeSpan.FromHours(3)),
                Discipline.D3Containment => random.Between(TimeSpan.FromHours(1), TimeSpan.FromHours(5)),
                Discipline.D4RootCause => random.Between(TimeSpan.FromDays(2), TimeSpan.FromDays(5)),
                Discipline.D5CorrectiveActions => random.Between(TimeSpan.FromDays(1), TimeSpan.FromDays(3)),
                Discipline.D6Validation => random.Between(TimeSpan.FromDays(10), TimeSpan.FromDays(25)),
                Discipline.D7Prevention => random.Between(TimeSpan.FromDays(2), TimeSpan.FromDays(7)),
                _ => random.Between(TimeSpan.FromDays(1), TimeSpan.FromDays(4)),
            };
            if (discipline == lateDiscipline)
            {
                // The supplier answers only after the due date has passed.
                var due = Due(discipline);
                var overshoot = discipline switch
                {
                    Discipline.D3Containment => random.Between(TimeSpan.FromHours(2), TimeSpan.FromHours(36)),
                    Discipline.D5CorrectiveActions => random.Between(TimeSpan.FromDays(1), TimeSpan.FromDays(8)),
                    _ => random.Between(TimeSpan.FromDays(3), TimeSpan.FromDays(25)),
                };
                if (t + delay < due + overshoot)
                {
                    delay = due + overshoot - t;
                }
            }

            double rejectShare = discipline switch
            {
                Discipline.D0Preparation or Discipline.D1Team => 0.03,
                Discipline.D2ProblemDescription => subject.Supplier.RejectedAnswerShare / 2,
                Discipline.D8Closure => 0,
                _ => subject.Supplier.RejectedAnswerShare,
            };
            int revision = 0;
            while (true)
            {
                t += delay;
                revision++;
                bool sentBack = revision <= 2 && random.Chance(rejectShare);
                var content = Content(subject, discipline, weak: sentBack, t, at, random);
                steps.Add(new EightDStep(t, at(t), discipline, revision, DisciplineStatus.Submitted,
                    new SubmitDisciplineRequest { Discipline = discipline, Content = content }, null));
                var submittedAt = t;
                t += early
                    ? random.Between(TimeSpan.FromMinutes(15), TimeSpan.FromHours(2))
                    : random.Between(TimeSpan.FromHours(4), TimeSpan.FromDays(1));
                if (sentBack)
                {
                    steps.Add(new EightDStep(t, at(t), discipline, revision, DisciplineStatus.Rejected, null, new ReviewDisciplineRequest
                    {
                        Discipline = discipline,
                        Decision = ReviewDecision.Reject,
                        Reason = revision == 1 ? RejectionReason(discipline).Both : "Still incomplete, see the first comment / 仍不完整，见第一次意见",
                    }));
                    delay = early
                        ? random.Between(TimeSpan.FromHours(1), TimeSpan.FromHours(6))
                        : random.Between(TimeSpan.FromHours(12), TimeSpan.FromDays(3));
                    continue;
                }

                steps.Add(new EightDStep(t, at(t), discipline, revision, DisciplineStatus.Approved, null, new ReviewDisciplineRequest
                {
                    Discipline = discipline,
                    Decision = ReviewDecision.Approve,
                }));
                approvedSubmission[discipline] = submittedAt;
                break;
            }
        }

        // The hub's milestones: met when the approved version was submitted.
        bool missed = approvedSubmission[Discipline.D3Containment] > ContainmentDue
            || Max(approvedSubmission[Discipline.D4RootCause], approvedSubmission[Discipline.D5CorrectiveActions]) > RootCauseDue
            || approvedSubmission[Discipline.D8Closure] > ClosureDue;
        return (steps, missed);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Due(Discipline discipline) => discipline switch
    {
        Discipline.D3Containment => ContainmentDue,
        Discipline.D5CorrectiveActions => RootCauseDue,
        _ => ClosureDue,
    };

    public static BilingualText RejectionReason(Discipline discipline) => discipline switch
    {
        Discipline.D0Preparation => new("Emergency response must say what happens to the stock at our plant", "应急措施需说明我方库存的处理"),
        Discipline.D1Team => new("The team needs production and process engineering, not only quality", "小组需包括生产和工艺人员，而不仅是质量"),
        Discipline.D2ProblemDescription => new("How many: give the affected quantity and lots", "请说明受影响的数量和批次"),
        Discipline.D3Containment => new("Containment must also cover parts in transit and at our plant", "遏制措施需覆盖在途及我方库存"),
        Discipline.D4RootCause => new("'Operator error' is not a root cause: show the process cause and switch the defect on and off", "“操作失误”不是根本原因：请找出过程原因并复现验证"),
        Discipline.D5CorrectiveActions => new("Show verification evidence: capability study or trial lots", "请提供验证证据：过程能力研究或试生产批次"),
        Discipline.D6Validation => new("Validate on three consecutive lots before lifting containment", "解除遏制前需连续三批验证"),
        _ => new("Update the control plan and spread the lesson to similar parts", "请更新控制计划并横向展开到类似零件"),
    };

    /// <summary>The content of one discipline; a weak answer is one the SQE will send back.</summary>
    private static DisciplineContent Content(EightDSubject s, Discipline discipline, bool weak, TimeSpan now, Func<TimeSpan, DateTimeOffset> at, SimulationRandom random)
    {
        var ts = (TimeSpan offset) => Timestamp.FromDateTimeOffset(at(offset));
        string lots = string.Join(", ", s.Lots);
        string domain = s.Supplier.QualityContact[(s.Supplier.QualityContact.IndexOf('@', StringComparison.Ordinal) + 1)..];
        var content = new DisciplineContent();
        switch (discipline)
        {
            case Discipline.D0Preparation:
                content.Preparation = new PreparationContent { Symptom = $"{s.Defect.Name.En}: {s.Finding.En} / {s.Defect.Name.Zh}：{s.Finding.Zh}" };
                content.Preparation.EmergencyResponseActions.Add($"Shipments of {s.Part.PartNumber} stopped, lots {lots} blocked / 暂停发运，冻结批次 {lots}");
                if (!weak)
                {
                    content.Preparation.EmergencyResponseActions.Add($"Stock at {s.Oem.Name.En} sorted by our resident engineer / 驻厂工程师在{s.Oem.Name.Zh}挑选库存");
                }

                break;
            case Discipline.D1Team:
                content.Team = new TeamContent();
                content.Team.Members.Add(Member(s.Supplier.Id + "/champion", TeamRole.Champion, new("General manager", "总经理"), domain));
                content.Team.Members.Add(new TeamMember
                {
                    Name = PersonName(s.Supplier.QualityContact),
                    Role = TeamRole.Leader,
                    Function = "Quality manager / 质量经理",
                    Email = s.Supplier.QualityContact + ".example",
                });
                if (!weak)
                {
                    content.Team.Members.Add(Member(s.Supplier.Id + "/production", TeamRole.Member, OrganisationCatalogue.Functions[0], domain));
                    content.Team.Members.Add(Member(s.Supplier.Id + "/process", TeamRole.Member, OrganisationCatalogue.Functions[1], domain));
                }

                break;
            case Discipline.D2ProblemDescription:
                content.ProblemDescription = new ProblemDescriptionContent
                {
                    FiveWTwoH = new FiveWTwoH
                    {
                        What = $"{s.Defect.Name.En} on {s.Part.PartNumber} ({s.Part.Description.En}) / {s.Part.Description.Zh}{s.Defect.Name.Zh}",
                        Where = $"Found at {s.Oem.Name.En}; {s.Finding.En} / 在{s.Oem.Name.Zh}发现；{s.Finding.Zh}",
                        When = $"First detected {s.FirstDetected:yyyy-MM-dd}, lots {lots} / 首次发现于 {s.FirstDetected:yyyy-MM-dd}，批次 {lots}",
                        Who = $"{s.Oem.QualityEngineer}, {s.Oem.Name.En} quality / {s.Oem.Name.Zh}质量部",
                        Why = "The part does not meet the drawing / 零件不符合图纸要求",
                        How = $"{s.Defect.Name.En} confirmed on retained samples / 留样复核确认",
                        HowMany = weak
                            ? "Under investigation / 调查中"
                            : string.Create(CultureInfo.InvariantCulture, $"{s.DefectiveQuantity} defective of {s.SuspectQuantity} suspect parts in {s.Lots.Count} lot(s) / 可疑 {s.SuspectQuantity} 件中不良 {s.DefectiveQuantity} 件"),
                    },
                };
                content.ProblemDescription.IsIsNot.Add(new IsIsNotEntry
                {
                    Dimension = "what",
                    Is = $"{s.Part.PartNumber}, {s.Defect.Name.En}",
                    IsNot = "Other part numbers from the same line / 同线其他零件",
                });
                content.ProblemDescription.IsIsNot.Add(new IsIsNotEntry
                {
                    Dimension = "when",
                    Is = $"Lots {lots}",
                    IsNot = "Lots before the last tool change / 上次换刀前的批次",
                });
                break;
            case Discipline.D3Containment:
                content.Containment = new ContainmentContent();
                long bad = s.DefectiveQuantity;
                long atSupplier = Math.Max(bad, s.SuspectQuantity / 2);
                content.Containment.Actions.Add(Containment("100 % sorting of finished stock / 成品库存100%挑选", ContainmentLocation.Supplier, atSupplier, weak ? bad : bad / 3, s, ts(now - TimeSpan.FromHours(1))));
                if (!weak)
                {
                    long transit = Math.Max(1, s.SuspectQuantity / 5);
                    content.Containment.Actions.Add(Containment("Shipments in transit intercepted and checked / 在途货物拦截检查", ContainmentLocation.InTransit, transit, 0, s, ts(now - TimeSpan.FromMinutes(40))));
                    long atOem = Math.Max(bad - (bad / 3), s.SuspectQuantity - atSupplier);
                    content.Containment.Actions.Add(Containment($"Sorting at {s.Oem.Name.En} by a third party / 第三方在{s.Oem.Name.Zh}挑选", ContainmentLocation.Oem, Math.Max(atOem, bad - (bad / 3)), bad - (bad / 3), s, ts(now - TimeSpan.FromMinutes(20))));
                }

                break;
            case Discipline.D4RootCause:
                content.RootCause = new RootCauseContent();
                content.RootCause.OccurrenceCauses.Add(weak
                    ? new RootCause { Description = "Operator error / 操作失误", Method = "Interview / 访谈", Verification = "Operator retrained / 操作工已重新培训" }
                    : new RootCause
                    {
                        Description = s.Defect.OccurrenceCause.Both,
                        Method = "5 Why",
                        Verification = "Defect reproduced with the old setting and absent with the corrected one / 旧参数下复现缺陷，纠正后缺陷消失",
                    });
                content.RootCause.NonDetectionCauses.Add(new RootCause
                {
                    Description = s.Defect.NonDetectionCause.Both,
                    Method = "Fault tree / 故障树",
                    Verification = "Seeded defect parts passed the current check / 植入缺陷件通过现行检验",
                });
                break;
            case Discipline.D5CorrectiveActions:
                content.CorrectiveActions = new CorrectiveActionsContent();
                string owner = PersonName(s.Supplier.Id + "/process");
                content.CorrectiveActions.Actions.Add(new CorrectiveAction
                {
                    Description = s.Defect.OccurrenceAction.Both,
                    Addresses = CauseKind.Occurrence,
                    Owner = owner,
                    DueAt = ts(now + TimeSpan.FromDays(14)),
                    Verification = weak ? "To be verified / 待验证" : "Trial run of three lots, Cpk 1.67 on the key characteristic / 三批试生产，关键特性 Cpk 1.67",
                });
                content.CorrectiveActions.Actions.Add(new CorrectiveAction
                {
                    Description = s.Defect.DetectionAction.Both,
                    Addresses = CauseKind.NonDetection,
                    Owner = PersonName(s.Supplier.QualityContact),
                    DueAt = ts(now + TimeSpan.FromDays(7)),
                    Verification = weak ? "To be verified / 待验证" : "Seeded defect parts detected 10 of 10 times / 植入缺陷件10次检出10次",
                });
                break;
            case Discipline.D6Validation:
                content.Validation = new ValidationContent
                {
                    ValidationResult = weak
                        ? "First lot after the change without defect / 变更后首批无缺陷"
                        : "Three consecutive lots without defect; containment lifted / 连续三批无缺陷，已解除遏制",
                    ContainmentRemovedAt = weak ? null : ts(now - TimeSpan.FromHours(12)),
                };
                content.Validation.Implementations.Add(new ImplementedAction
                {
                    Description = s.Defect.OccurrenceAction.Both,
                    ImplementedAt = ts(now - TimeSpan.FromDays(random.Next(5, 12))),
                    Evidence = string.Create(CultureInfo.InvariantCulture, $"ECN-{random.Next(1000, 9999)}, work instruction updated / 作业指导书已更新"),
                });
                content.Validation.Implementations.Add(new ImplementedAction
                {
                    Description = s.Defect.DetectionAction.Both,
                    ImplementedAt = ts(now - TimeSpan.FromDays(random.Next(3, 9))),
                    Evidence = string.Create(CultureInfo.InvariantCulture, $"Gauge R&R report GRR-{random.Next(100, 999)} / 测量系统分析报告"),
                });
                break;
            case Discipline.D7Prevention:
                content.Prevention = new PreventionContent
                {
                    LessonsLearned = $"{s.Defect.OccurrenceCause.En}: added to the lessons-learned list for new projects / 已纳入新项目经验教训清单",
                };
                content.Prevention.FmeaReferences.Add($"PFMEA-{s.Part.PartNumber} rev C");
                if (!weak)
                {
                    content.Prevention.ControlPlanReferences.Add($"CP-{s.Part.PartNumber} rev D");
                    content.Prevention.SimilarPartsOrProcesses.Add($"All {s.Part.Description.En.Split(',')[0]} variants on the same line / 同线所有同类零件");
                }

                break;
            default:
                content.Closure = new ClosureContent
                {
                    Summary = $"{s.Defect.Name.En} on {s.Part.PartNumber}: root cause removed, detection improved, no recurrence in three lots / 根本原因已消除，检测已改进，连续三批无复发",
                    TeamRecognition = "Thanks to the production and process team for the quick containment / 感谢生产与工艺团队的快速遏制",
                };
                break;
        }

        return content;
    }

    private static ContainmentAction Containment(string description, ContainmentLocation location, long checkedQuantity, long bad, EightDSubject s, Timestamp completed) => new()
    {
        Description = description,
        Location = location,
        QuantityChecked = Math.Max(checkedQuantity, bad),
        QuantityFoundBad = bad,
        Responsible = PersonName(s.Supplier.QualityContact),
        CompletedAt = completed,
    };

    private static TeamMember Member(string key, TeamRole role, BilingualText function, string domain)
    {
        var person = OrganisationCatalogue.People[StableHash.Index(key, OrganisationCatalogue.People.Count)];
        return new TeamMember
        {
            Name = $"{person.Hanzi} {person.Family} {person.Given}",
            Role = role,
            Function = function.Both,
            Email = $"{person.Family}.{person.Given}@{domain}.example".ToLowerInvariant(),
        };
    }

    /// <summary>"赵敏 Zhao Min" for "zhao.min@jinggong"; for other keys a person of the catalogue.</summary>
    private static string PersonName(string key)
    {
        var known = OrganisationCatalogue.People.FirstOrDefault(p =>
            key.StartsWith($"{p.Family}.{p.Given}@".ToLowerInvariant(), StringComparison.Ordinal));
        var person = known.Hanzi is not null ? known : OrganisationCatalogue.People[StableHash.Index(key, OrganisationCatalogue.People.Count)];
        return $"{person.Hanzi} {person.Family} {person.Given}";
    }
}
