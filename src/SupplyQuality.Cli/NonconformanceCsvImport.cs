using System.Globalization;
using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Cli;

/// <summary>
/// NCRs as an ERP or a former quality system exports them, one row each, sent with
/// NonconformanceService.RaiseNonconformances. The external reference (the other system's NCR number) is the
/// request id, so importing the same export again raises nothing new.
/// </summary>
internal sealed class NonconformanceCsvImport : ICsvBatchImport<RaiseNonconformanceRequest>
{
    public static readonly string[] Header =
    [
        "external_ref", "supplier_id", "part_number", "lot_number", "defective_quantity", "defect_code", "severity",
        "detection_point", "description", "cost_amount", "cost_currency", "detected_at",
    ];

    private static readonly Dictionary<string, Severity> Severities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["critical"] = Severity.Critical,
        ["major"] = Severity.Major,
        ["minor"] = Severity.Minor,
        ["severity_critical"] = Severity.Critical,
        ["severity_major"] = Severity.Major,
        ["severity_minor"] = Severity.Minor,
    };

    private static readonly Dictionary<string, DetectionPoint> DetectionPoints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["incoming"] = DetectionPoint.IncomingInspection,
        ["incoming_inspection"] = DetectionPoint.IncomingInspection,
        ["line"] = DetectionPoint.ProductionLine,
        ["production_line"] = DetectionPoint.ProductionLine,
        ["field"] = DetectionPoint.Field,
        ["detection_point_incoming_inspection"] = DetectionPoint.IncomingInspection,
        ["detection_point_production_line"] = DetectionPoint.ProductionLine,
        ["detection_point_field"] = DetectionPoint.Field,
    };

    public string Noun => "NCRs";

    public string ListField => "nonconformances";

    public IReadOnlyList<string> Columns => Header;

    public string RequestIdColumn => "external_ref";

    public RaiseNonconformanceRequest? Read(CsvRowReader row, string oemId)
    {
        var externalRef = row.RequestId("external_ref");
        var supplierId = row.Id("supplier_id");
        var partNumber = row.Id("part_number");
        var lotNumber = row.Id("lot_number");
        var defective = row.Quantity("defective_quantity", allowZero: false);
        var defectCode = row.Id("defect_code");
        var severity = row.Choice("severity", Severities, Severity.Unspecified, "critical, major or minor");
        var detection = row.Choice("detection_point", DetectionPoints, DetectionPoint.Unspecified, "incoming, line or field");
        var description = row.FreeText("description");
        var cost = Cost(row);
        var detectedAt = row.Time("detected_at");
        if (row.HasProblems)
        {
            return null;
        }

        return new RaiseNonconformanceRequest
        {
            RequestId = externalRef,
            OemId = oemId,
            SupplierId = supplierId,
            PartNumber = partNumber,
            LotNumber = lotNumber,
            DefectiveQuantity = defective!.Value,
            DefectCode = defectCode,
            Severity = severity,
            DetectionPoint = detection,
            Description = description,
            Cost = cost,
            DetectedAt = detectedAt,
        };
    }

    /// <summary>The cost, optional: both cells empty for none; an amount needs its currency.</summary>
    private static Money? Cost(CsvRowReader row)
    {
        var amountText = row.Text("cost_amount");
        var currency = row.Text("cost_currency");
        if (amountText.Length == 0 && currency.Length == 0)
        {
            return null;
        }

        if (amountText.Length == 0)
        {
            row.Add("cost_amount", "is required when cost_currency is given");
            return null;
        }

        if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            row.Add("cost_amount", $"must be a decimal number >= 0 with '.' as the decimal point, e.g. 1250.50 (got '{amountText}')");
            return null;
        }

        // The hub's rules for money (Domain Money): at most 1e12, an ISO 4217 code in capitals.
        int before = row.Problems.Count;
        row.Check(check =>
        {
            check.Rule(amount <= 1_000_000_000_000m, "cost_amount", "must be at most 1e12");
            check.Rule(currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper), "cost_currency", "must be a three-letter ISO 4217 code in capitals, e.g. CNY, EUR, USD");
        });
        return row.Problems.Count == before ? new Money { Amount = amountText, Currency = currency } : null;
    }

    public string ColumnOf(string field) => field switch
    {
        "request_id" => "external_ref",
        "cost.amount" => "cost_amount",
        "cost.currency" => "cost_currency",
        "oem_id" => "oem_id (--oem)",
        "raised_by" => "raised_by (the token's name)",
        _ => field,
    };

    public int Size(RaiseNonconformanceRequest item) => item.CalculateSize();

    public async Task SendAsync(Hub hub, string oemId, IReadOnlyList<RaiseNonconformanceRequest> items, CallOptions options)
    {
        var request = new RaiseNonconformancesRequest { OemId = oemId };
        request.Nonconformances.AddRange(items);
        await hub.Nonconformances.RaiseNonconformancesAsync(request, options);
    }
}
