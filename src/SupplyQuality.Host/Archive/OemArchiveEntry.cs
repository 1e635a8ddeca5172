namespace SupplyQuality.Host.Archive;

/// <summary>One file of an archive: how many records (lines) it holds and the SHA-256 of its bytes (hex).</summary>
public sealed record OemArchiveEntry(long Records, string Sha256);
