using System.Globalization;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Interchange.CatenaX;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Interchange;

/// <summary>
/// The hub's entries in a step's <c>additionalInformationList</c> (the model's place for properties it does not
/// define): what a discipline holds that the model has no property for, keyed <c>supplyquality:</c> plus the
/// field's path in the partner API (<c>supplyquality:containment.actions[0].location</c>), so that an export
/// imports back unchanged. Other readers may ignore them; the model's own properties always come first.
/// </summary>
internal sealed class HubExtensionEntries
{
    public const string Prefix = "supplyquality:";

    private readonly List<CatenaXAdditionalInformation> _written = [];
    private readonly Dictionary<string, (string Value, string Path)> _read = new(StringComparer.Ordinal);
    private readonly List<FieldViolation>? _problems;

    private HubExtensionEntries(List<FieldViolation>? problems) => _problems = problems;

    public static HubExtensionEntries ForWriting() => new(null);

    /// <summary>The hub's entries of <paramref name="list"/>; the first of repeated keys counts.</summary>
    public static HubExtensionEntries Read(IReadOnlyList<CatenaXAdditionalInformation>? list, string listPath, List<FieldViolation> problems)
    {
        var entries = new HubExtensionEntries(problems);
        for (int i = 0; i < (list?.Count ?? 0); i++)
        {
            var entry = list![i];
            if (entry.Key.StartsWith(Prefix, StringComparison.Ordinal))
            {
                entries._read.TryAdd(entry.Key[Prefix.Length..], (entry.Value, $"{listPath}[{i}].value"));
            }
        }

        return entries;
    }

    /// <summary>The written entries, or null when there are none (the property is then left out).</summary>
    public IReadOnlyList<CatenaXAdditionalInformation>? Written => _written.Count == 0 ? null : _written;

    public void Add(string key, string value) => _written.Add(new CatenaXAdditionalInformation { Key = Prefix + key, Value = value });

    public void Add(string key, long value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An instant to the tick, in UTC; empty when there is none.</summary>
    public void Add(string key, DateTimeOffset? value) =>
        Add(key, value is { } v ? v.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) : string.Empty);

    public void Add(string key, ContainmentLocation location) => Add(key, LocationName(location));

    public bool Has(string key) => _read.ContainsKey(key);

    public string Text(string key, string fallback = "") => _read.TryGetValue(key, out var entry) ? entry.Value : fallback;

    public DateTimeOffset? Instant(string key)
    {
        if (!_read.TryGetValue(key, out var entry) || entry.Value.Length == 0)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(entry.Value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact) ||
            DateTimeOffset.TryParse(entry.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out exact))
        {
            return exact;
        }

        Problem(entry.Path, "must be an ISO 8601 date and time, e.g. 2025-03-10T08:00:00.0000000+00:00");
        return null;
    }

    public long Quantity(string key)
    {
        if (!_read.TryGetValue(key, out var entry))
        {
            return 0;
        }

        if (long.TryParse(entry.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(entry.Path, "must be a whole number");
        return 0;
    }

    public ContainmentLocation Location(string key)
    {
        if (!_read.TryGetValue(key, out var entry))
        {
            return ContainmentLocation.Unspecified;
        }

        var location = Enum.GetValues<ContainmentLocation>().FirstOrDefault(l => l != ContainmentLocation.Unspecified && LocationName(l) == entry.Value);
        if (location == ContainmentLocation.Unspecified)
        {
            Problem(entry.Path, "must be one of supplier, in_transit, oem");
        }

        return location;
    }

    /// <summary>One of <paramref name="allowed"/>, or <paramref name="fallback"/> when the entry is absent.</summary>
    public string OneOf(string key, IReadOnlyList<string> allowed, string fallback)
    {
        if (!_read.TryGetValue(key, out var entry))
        {
            return fallback;
        }

        if (!allowed.Contains(entry.Value, StringComparer.Ordinal))
        {
            Problem(entry.Path, $"must be one of {string.Join(", ", allowed)}");
            return fallback;
        }

        return entry.Value;
    }

    private static string LocationName(ContainmentLocation location) => location switch
    {
        ContainmentLocation.Supplier => "supplier",
        ContainmentLocation.InTransit => "in_transit",
        ContainmentLocation.Oem => "oem",
        _ => string.Empty,
    };

    private void Problem(string path, string rule) => _problems?.Add(new FieldViolation(path, rule));
}
