namespace SupplyQuality.Cli;

/// <summary>A valid row of an imported file and the request item built from it.</summary>
internal sealed record CsvImportRow<TItem>(int Row, TItem Item);
