using Grpc.Core;

namespace SupplyQuality.Cli;

/// <summary>
/// One kind of record that <c>sq import</c> reads from a CSV file and sends with a batch RPC: its columns, how a row
/// becomes a request item, and how the hub names the item's fields in a refusal (<c>receipts[3].lot_number</c>).
/// </summary>
internal interface ICsvBatchImport<TItem>
{
    /// <summary>What one item is called in messages, plural: "receipts".</summary>
    string Noun { get; }

    /// <summary>The batch request's list field: the hub names bad items as <c>{ListField}[i].field</c>.</summary>
    string ListField { get; }

    /// <summary>The columns the header must have (in any order; other columns are ignored).</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>The column whose value is the request id; it must be unique in the file.</summary>
    string RequestIdColumn { get; }

    /// <summary>The item of a row, or null when the row broke a rule (each recorded on <paramref name="row"/>).</summary>
    TItem? Read(CsvRowReader row, string oemId);

    /// <summary>The CSV column of a field as the hub names it within an item (<c>cost.amount</c> to <c>cost_amount</c>).</summary>
    string ColumnOf(string field);

    /// <summary>The size of the item on the wire, to keep each call below the hub's message limit.</summary>
    int Size(TItem item);

    /// <summary>Sends one batch call with <paramref name="items"/>; throws the hub's <see cref="RpcException"/> when it refuses.</summary>
    Task SendAsync(Hub hub, string oemId, IReadOnlyList<TItem> items, CallOptions options);
}
