namespace SupplyQuality.Cli;

/// <summary>A broken rule in an imported file: the row as numbered in the file (the header is row 1), the column, the rule.</summary>
internal sealed record CsvProblem(int Row, string Column, string Rule)
{
    public override string ToString() => $"row {Row}, column {Column}: {Rule}";
}
