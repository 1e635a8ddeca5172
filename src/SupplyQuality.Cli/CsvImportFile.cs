namespace SupplyQuality.Cli;

/// <summary>An import file as read: its valid rows, every broken rule of the others, or why the file cannot be read at all.</summary>
internal sealed record CsvImportFile<TItem>(IReadOnlyList<CsvImportRow<TItem>> Rows, IReadOnlyList<CsvProblem> Problems, string? HeaderError)
{
    public int BadRowCount => Problems.Select(p => p.Row).Distinct().Count();
}
