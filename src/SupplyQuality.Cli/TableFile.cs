using CsvHelper;

namespace SupplyQuality.Cli;

/// <summary>
/// Writes an exported table (a header, then rows of strings and <see cref="NumberCell"/>s) as CSV, or as an Excel
/// workbook when the file name ends in .xlsx.
/// </summary>
internal static class TableFile
{
    public static bool IsExcel(FileInfo file) => file.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync(FileInfo file, string sheetName, IReadOnlyList<string> header, IReadOnlyList<object[]> rows, CancellationToken ct)
    {
        if (IsExcel(file))
        {
            ExcelExport.Write(file.FullName, sheetName, header, rows);
            return;
        }

        await using var writer = new StreamWriter(file.FullName);
        await using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        csv.WriteHeader([.. header]);
        foreach (var row in rows)
        {
            csv.WriteRecord(row.Select(Text).ToArray());
        }

        await csv.FlushAsync(ct);
    }

    private static string Text(object? cell) => cell switch
    {
        NumberCell number => number.Text,
        null => "",
        _ => cell.ToString() ?? "",
    };
}
