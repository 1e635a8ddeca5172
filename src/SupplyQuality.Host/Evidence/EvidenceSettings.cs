using SupplyQuality.Domain.Evidence;

namespace SupplyQuality.Host.Evidence;

/// <summary>Evidence files (section "Evidence"); documented in docs/evidence.md.</summary>
public sealed class EvidenceSettings
{
    /// <summary>The largest file, in bytes (default 25 MiB). The same over gRPC, HTTP and the web pages.</summary>
    public long MaxFileBytes { get; set; } = EvidenceLimits.DefaultMaxFileBytes;

    /// <summary>The blob container of the files (under a folder per service id, like the ledgers).</summary>
    public string Container { get; set; } = "supplyquality-evidence";

    public EvidenceLimits ToLimits()
    {
        var limits = new EvidenceLimits(MaxFileBytes);
        limits.Validate();
        return limits;
    }
}
