using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SupplyQuality.Cli;

/// <summary>Writes a one-sheet .xlsx workbook with the Open XML SDK: a header row, then one row per record.</summary>
internal static class ExcelExport
{
    /// <param name="rows">Cells are strings (written as inline strings) or <see cref="NumberCell"/>s (written as numbers).</param>
    public static void Write(string path, string sheetName, IReadOnlyList<string> header, IEnumerable<object[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var sheetData = new SheetData();
        worksheetPart.Worksheet = new Worksheet(sheetData);

        uint rowIndex = 1;
        sheetData.Append(NewRow(rowIndex++, header.Cast<object>().ToArray()));
        foreach (var row in rows)
        {
            sheetData.Append(NewRow(rowIndex++, row));
        }

        workbookPart.Workbook.Append(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1U, Name = sheetName }));
        workbookPart.Workbook.Save();
    }

    private static Row NewRow(uint index, object[] cells)
    {
        var row = new Row { RowIndex = index };
        for (int i = 0; i < cells.Length; i++)
        {
            var reference = Column(i) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(cells[i] switch
            {
                NumberCell number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number.Text) },
                var other => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(other?.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
        }

        return row;
    }

    /// <summary>A, B, ..., Z, AA, AB, ...</summary>
    private static string Column(int index)
    {
        var name = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
