using System.Collections.Immutable;

namespace SupplyQuality.Host.Archive;

/// <summary>What an archive holds: format and version, the OEM, when, and each file's record count and SHA-256.</summary>
public sealed record OemArchiveManifest(
    string Format,
    int Version,
    string OemId,
    DateTimeOffset ExportedAt,
    ImmutableSortedDictionary<string, OemArchiveEntry> Entries);
