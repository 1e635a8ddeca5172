using System.Globalization;
using CsvHelper;
using Google.Protobuf.WellKnownTypes;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Cli;

/// <summary>
/// The cells of one CSV row, read by column name, with every broken rule collected as a <see cref="CsvProblem"/>
/// (the row as numbered in the file, the column, the rule). The rules are the hub's own (InputRules), so a dry run
/// finds what the hub would refuse, not just what cannot be parsed.
/// </summary>
internal sealed class CsvRowReader(CsvReader csv, int row, DateTimeOffset now)
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
    ];

    private readonly List<CsvProblem> _problems = [];

    /// <summary>The row number as in the file: the header is row 1.</summary>
    public int Row => row;

    public IReadOnlyList<CsvProblem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Add(string column, string rule) => _problems.Add(new CsvProblem(row, column, rule));

    /// <summary>The cell, trimmed; empty when the row has no such field.</summary>
    public string Text(string column) => csv.GetString(column);

    /// <summary>A cell that must not be empty.</summary>
    public string Required(string column)
    {
        var value = Text(column);
        if (value.Length == 0)
        {
            Add(column, "is required");
        }

        return value;
    }

    /// <summary>An id (supplier, part, lot, defect code): letters, digits, '.', '_', '-', at most 64 characters.</summary>
    public string Id(string column)
    {
        var value = Text(column);
        Check(check => check.Id(column, value));
        return value;
    }

    /// <summary>The request id that makes a re-run safe: required, at most 128 characters.</summary>
    public string RequestId(string column)
    {
        var value = Text(column);
        Check(check => check.RequestId(column, value));
        return value;
    }

    public string FreeText(string column, int maxLength = InputRules.MaxTextLength)
    {
        var value = Text(column);
        Check(check => check.Text(column, value, maxLength));
        return value;
    }

    /// <summary>A whole number within the hub's quantity limits; null when missing or not a number.</summary>
    public long? Quantity(string column, bool allowZero)
    {
        var text = Required(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Add(column, $"must be a whole number >= 0 (got '{text}')");
            return null;
        }

        int before = _problems.Count;
        Check(check => check.Quantity(column, value, allowZero));
        return _problems.Count == before ? value : null;
    }

    /// <summary>An ISO 8601 date or date-time (UTC when no offset is given), not in the future, not before 2000.</summary>
    public Timestamp? Time(string column)
    {
        var text = Required(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            Add(column, $"must be an ISO 8601 date or date-time, e.g. 2025-03-14T08:30:00Z (got '{text}')");
            return null;
        }

        int before = _problems.Count;
        Check(check => check.Timestamp(column, value, now));
        return _problems.Count == before ? Timestamp.FromDateTimeOffset(value) : null;
    }

    /// <summary>
    /// One of <paramref name="names"/> (case-insensitive; '-' and ' ' count as '_'), or <paramref name="none"/> with a
    /// problem naming the accepted spellings.
    /// </summary>
    public T Choice<T>(string column, IReadOnlyDictionary<string, T> names, T none, string accepted)
    {
        var text = Required(column);
        if (text.Length == 0)
        {
            return none;
        }

        var key = text.Replace('-', '_').Replace(' ', '_');
        if (names.TryGetValue(key, out var value))
        {
            return value;
        }

        Add(column, $"must be {accepted} (got '{text}')");
        return none;
    }

    /// <summary>
    /// Runs the hub's input rules on this row's values; each violation becomes a problem of its column
    /// (<paramref name="columnOf"/> maps the rule's field name to the column; the same name when null).
    /// </summary>
    public void Check(Action<InputRules.Checker> rules, Func<string, string>? columnOf = null)
    {
        var check = new InputRules.Checker();
        rules(check);
        try
        {
            check.ThrowIfInvalid();
        }
        catch (InputValidationException e)
        {
            foreach (var violation in e.Violations)
            {
                Add(columnOf?.Invoke(violation.Field) ?? violation.Field, violation.Rule);
            }
        }
    }
}
