using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// A small supply chain with unique ids, created through the partner API by an administrator, with clients for each
/// of its people (the OEM's quality engineer and manager, each supplier's quality user) and valid request builders.
/// </summary>
public sealed class SupplyChain(HubProcess hub)
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public string Oem => $"OEM-{_suffix}";

    public string Supplier => $"SUP-{_suffix}";

    public string SecondSupplier => $"SUP2-{_suffix}";

    public string Part => $"P-{_suffix}";

    public PartnerClients Admin => hub.Admin;

    /// <summary>The OEM's supplier quality engineer: receipts, NCRs, 8D requests and reviews, escalations.</summary>
    public PartnerClients Sqe => hub.AsOemQualityEngineer(Oem, "sqe@oem");

    /// <summary>The OEM's manager: reads only.</summary>
    public PartnerClients Manager => hub.AsOemManager(Oem);

    /// <summary>The first supplier's quality user: answers its 8Ds.</summary>
    public PartnerClients SupplierUser => hub.AsSupplierQuality(Supplier);

    public PartnerClients SecondSupplierUser => hub.AsSupplierQuality(SecondSupplier);

    public static CallOptions Call => new(deadline: DateTime.UtcNow.AddSeconds(30));

    public async Task<SupplyChain> RegisterAsync()
    {
        await Admin.Directory.RegisterOemAsync(new RegisterOemRequest { RequestId = "r-oem", OemId = Oem, Name = "Test OEM", NameZh = "测试主机厂" }, Call);
        foreach (var supplier in new[] { Supplier, SecondSupplier })
        {
            await Admin.Directory.RegisterSupplierAsync(new RegisterSupplierRequest { RequestId = "r-" + supplier, SupplierId = supplier, Name = "Supplier " + supplier }, Call);
        }

        await Admin.Directory.RegisterPartAsync(new RegisterPartRequest { RequestId = "r-part", PartNumber = Part, Description = "Housing", DescriptionZh = "壳体" }, Call);
        foreach (var supplier in new[] { Supplier, SecondSupplier })
        {
            await Admin.Directory.AddSourcingAsync(new AddSourcingRequest { RequestId = "r-src-" + supplier, OemId = Oem, SupplierId = supplier, PartNumber = Part }, Call);
        }

        return this;
    }

    public RecordReceiptRequest Receipt(string requestId, long received, bool accepted = true, string? supplier = null) => new()
    {
        RequestId = requestId,
        OemId = Oem,
        SupplierId = supplier ?? Supplier,
        PartNumber = Part,
        LotNumber = "LOT-" + requestId,
        QuantityReceived = received,
        QuantityInspected = Math.Min(received, 50),
        QuantityRejected = accepted ? 0 : 3,
        Decision = accepted ? LotDecision.Accepted : LotDecision.Rejected,
        ReceivedAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(-2)),
        RecordedBy = "erp",
    };

    public RaiseNonconformanceRequest Ncr(string requestId, long defective, Severity severity = Severity.Major, string? supplier = null) => new()
    {
        RequestId = requestId,
        OemId = Oem,
        SupplierId = supplier ?? Supplier,
        PartNumber = Part,
        LotNumber = "LOT-1",
        DefectiveQuantity = defective,
        DefectCode = "DIM-OOT",
        Severity = severity,
        DetectionPoint = DetectionPoint.IncomingInspection,
        Description = "Bore diameter out of tolerance / 孔径超差",
        Cost = new Money { Amount = "1250.50", Currency = "CNY" },
        DetectedAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(-1)),
        RaisedBy = "sqe@oem",
    };

    /// <summary>Valid content for every discipline.</summary>
    public static DisciplineContent Content(Discipline discipline)
    {
        var now = Timestamp.FromDateTime(DateTime.UtcNow);
        return discipline switch
        {
            Discipline.D0Preparation => new DisciplineContent { Preparation = new PreparationContent { Symptom = "Oversize bore", EmergencyResponseActions = { "Stop shipping" } } },
            Discipline.D1Team => new DisciplineContent
            {
                Team = new TeamContent
                {
                    Members =
                    {
                        new TeamMember { Name = "Zhang Wei", Role = TeamRole.Champion, Function = "Plant manager" },
                        new TeamMember { Name = "Li Na", Role = TeamRole.Leader, Function = "Quality" },
                    },
                },
            },
            Discipline.D2ProblemDescription => new DisciplineContent
            {
                ProblemDescription = new ProblemDescriptionContent
                {
                    FiveWTwoH = new FiveWTwoH { What = "Bore oversize", Where = "Op 40", When = "Week 12", Who = "Incoming", Why = "Out of drawing", How = "CMM", HowMany = "42" },
                    IsIsNot = { new IsIsNotEntry { Dimension = "where", Is = "Machine 3", IsNot = "Machines 1, 2" } },
                },
            },
            Discipline.D3Containment => new DisciplineContent
            {
                Containment = new ContainmentContent
                {
                    Actions =
                    {
                        new ContainmentAction { Description = "Sort stock", Location = ContainmentLocation.Supplier, QuantityChecked = 500, QuantityFoundBad = 7, Responsible = "Li Na", CompletedAt = now },
                        new ContainmentAction { Description = "Sort at OEM", Location = ContainmentLocation.Oem, QuantityChecked = 300, QuantityFoundBad = 2, Responsible = "Li Na" },
                    },
                },
            },
            Discipline.D4RootCause => new DisciplineContent
            {
                RootCause = new RootCauseContent
                {
                    OccurrenceCauses = { new RootCause { Description = "Worn boring tool", Method = "5 Why", Verification = "New tool: defect gone; worn tool: back" } },
                    NonDetectionCauses = { new RootCause { Description = "Gauge checked 1 in 50", Verification = "Audit of gauge plan" } },
                },
            },
            Discipline.D5CorrectiveActions => new DisciplineContent
            {
                CorrectiveActions = new CorrectiveActionsContent
                {
                    Actions =
                    {
                        new CorrectiveAction { Description = "Tool life counter", Addresses = CauseKind.Occurrence, Owner = "Wang", DueAt = now, Verification = "Trial run 500 pcs" },
                        new CorrectiveAction { Description = "100 % air gauge", Addresses = CauseKind.NonDetection, Owner = "Li", DueAt = now, Verification = "Seeded parts caught" },
                    },
                },
            },
            Discipline.D6Validation => new DisciplineContent
            {
                Validation = new ValidationContent
                {
                    Implementations = { new ImplementedAction { Description = "Tool life counter live", ImplementedAt = now, Evidence = "ECN-778" } },
                    ValidationResult = "3 lots without defect",
                },
            },
            Discipline.D7Prevention => new DisciplineContent
            {
                Prevention = new PreventionContent { FmeaReferences = { "PFMEA-40 rev C" }, ControlPlanReferences = { "CP-40 rev D" }, SimilarPartsOrProcesses = { "Op 60 bore" }, LessonsLearned = "Tool life in all boring ops" },
            },
            Discipline.D8Closure => new DisciplineContent { Closure = new ClosureContent { Summary = "Effective", TeamRecognition = "Thanks" } },
            _ => throw new ArgumentOutOfRangeException(nameof(discipline)),
        };
    }

    public async Task<EightDReport> SubmitAsync(string eightDId, Discipline discipline) =>
        await SupplierUser.EightDs.SubmitDisciplineAsync(new SubmitDisciplineRequest { EightDId = eightDId, Discipline = discipline, Content = Content(discipline), SubmittedBy = "quality@supplier" }, Call);

    public async Task<EightDReport> ReviewAsync(string eightDId, Discipline discipline, ReviewDecision decision, string reason = "") =>
        await Sqe.EightDs.ReviewDisciplineAsync(new ReviewDisciplineRequest { EightDId = eightDId, Discipline = discipline, Decision = decision, Reason = reason, ReviewedBy = "sqe@oem" }, Call);
}
