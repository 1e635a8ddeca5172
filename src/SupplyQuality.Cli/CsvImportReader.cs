using CsvHelper;

namespace SupplyQuality.Cli;

/// <summary>Reads and checks every row of an import file before anything is sent.</summary>
internal static class CsvImportReader
{
    public static async Task<CsvImportFile<TItem>> ReadAsync<TItem>(string path, ICsvBatchImport<TItem> kind, string oemId, DateTimeOffset now, CancellationToken ct)
    {
        var rows = new List<CsvImportRow<TItem>>();
        var problems = new List<CsvProblem>();
        var options = CsvReaderOptions.Default with { TrimWhitespace = true, MissingField = CsvMissingFieldHandling.ReturnEmpty };
        using var reader = new StreamReader(path);
        await using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var header = csv.Headers;
        var expected = string.Join(",", kind.Columns);
        if (header.Count == 0)
        {
            return new CsvImportFile<TItem>(rows, problems, "the file is empty; expected a header: " + expected);
        }

        var missing = kind.Columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            return new CsvImportFile<TItem>(rows, problems, $"missing column(s) {string.Join(", ", missing)}; expected a header: {expected}");
        }

        // A repeated request id would silently be taken as a retry of the first row: the second row's data lost.
        var firstRowOfRequestId = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await csv.ReadAsync(ct))
        {
            // Rows are numbered as in the file: the header is row 1.
            var row = new CsvRowReader(csv, (int)(csv.RowNumber + 1), now);
            var item = kind.Read(row, oemId);
            var requestId = row.Text(kind.RequestIdColumn);
            if (requestId.Length > 0 && !firstRowOfRequestId.TryAdd(requestId, row.Row))
            {
                row.Add(kind.RequestIdColumn, $"must be unique in the file ('{requestId}' is also on row {firstRowOfRequestId[requestId]})");
            }

            if (row.HasProblems || item is null)
            {
                problems.AddRange(row.Problems);
                continue;
            }

            rows.Add(new CsvImportRow<TItem>(row.Row, item));
        }

        return new CsvImportFile<TItem>(rows, problems, null);
    }
}
