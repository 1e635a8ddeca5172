using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Cli;

/// <summary>
/// Goods receipts: one row per received lot with its incoming inspection result, sent with
/// ReceiptService.RecordReceipts. The columns are the fields of RecordReceiptRequest.
/// </summary>
internal sealed class ReceiptCsvImport : ICsvBatchImport<RecordReceiptRequest>
{
    public static readonly string[] Header =
        ["request_id", "supplier_id", "part_number", "lot_number", "quantity_received", "quantity_inspected", "quantity_rejected", "decision", "received_at"];

    private static readonly Dictionary<string, LotDecision> Decisions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accepted"] = LotDecision.Accepted,
        ["rejected"] = LotDecision.Rejected,
    };

    public string Noun => "receipts";

    public string ListField => "receipts";

    public IReadOnlyList<string> Columns => Header;

    public string RequestIdColumn => "request_id";

    public RecordReceiptRequest? Read(CsvRowReader row, string oemId)
    {
        var requestId = row.RequestId("request_id");
        var supplierId = row.Id("supplier_id");
        var partNumber = row.Id("part_number");
        var lotNumber = row.Id("lot_number");
        var received = row.Quantity("quantity_received", allowZero: false);
        var inspected = row.Quantity("quantity_inspected", allowZero: true);
        var rejected = row.Quantity("quantity_rejected", allowZero: true);
        if (inspected is not null && rejected is not null && rejected > inspected)
        {
            row.Add("quantity_rejected", $"must not exceed quantity_inspected ({rejected} > {inspected})");
        }

        if (received is not null && inspected is not null && inspected > received)
        {
            row.Add("quantity_inspected", $"must not exceed quantity_received ({inspected} > {received})");
        }

        var decision = row.Choice("decision", Decisions, LotDecision.Unspecified, "'accepted' or 'rejected'");
        var receivedAt = row.Time("received_at");
        if (row.HasProblems)
        {
            return null;
        }

        return new RecordReceiptRequest
        {
            RequestId = requestId,
            OemId = oemId,
            SupplierId = supplierId,
            PartNumber = partNumber,
            LotNumber = lotNumber,
            QuantityReceived = received!.Value,
            QuantityInspected = inspected!.Value,
            QuantityRejected = rejected!.Value,
            Decision = decision,
            ReceivedAt = receivedAt,
        };
    }

    // The columns are the request's field names; oem_id comes from --oem, recorded_by from the token.
    public string ColumnOf(string field) => field switch
    {
        "oem_id" => "oem_id (--oem)",
        "recorded_by" => "recorded_by (the token's name)",
        _ => field,
    };

    public int Size(RecordReceiptRequest item) => item.CalculateSize();

    public async Task SendAsync(Hub hub, string oemId, IReadOnlyList<RecordReceiptRequest> items, CallOptions options)
    {
        var request = new RecordReceiptsRequest { OemId = oemId };
        request.Receipts.AddRange(items);
        await hub.Receipts.RecordReceiptsAsync(request, options);
    }
}
