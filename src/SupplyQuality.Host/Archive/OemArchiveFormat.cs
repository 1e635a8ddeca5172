using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupplyQuality.Host.Archive;

/// <summary>
/// The OEM archive: a zip of JSON and JSON-lines files (docs/archive-format.md). Records are the domain's own, in
/// the same JSON as the relation ledgers, so an archive is readable with any tool and versioned by
/// <see cref="Version"/>.
/// </summary>
public static class OemArchiveFormat
{
    public const string Format = "supplyquality.oem-archive";
    public const int Version = 1;

    public const string Manifest = "manifest.json";
    public const string Oem = "oem.json";
    public const string Suppliers = "suppliers.jsonl";
    public const string Parts = "parts.jsonl";
    public const string Sourcing = "sourcing.jsonl";
    public const string Nonconformances = "nonconformances.jsonl";
    public const string EightDs = "eightds.jsonl";
    public const string RelationFolder = "relations/";

    /// <summary>Archives larger than this are refused on import (they are spooled to a temporary file first).</summary>
    public const long MaxArchiveBytes = 1L << 30;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>For the manifest, which people open first.</summary>
    public static readonly JsonSerializerOptions IndentedJson = new(Json) { WriteIndented = true };

    public static string RelationEntry(string supplierId) => $"{RelationFolder}{supplierId}.jsonl";
}
