namespace SupplyQuality.Host.Security;

/// <summary>Limits on every input (section "Limits"), documented in the README.</summary>
public sealed class LimitSettings
{
    /// <summary>Largest gRPC request message.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Sustained requests per second per organisation (all its users together).</summary>
    public int RequestsPerSecondPerOrganisation { get; set; } = 1000;

    /// <summary>Requests an organisation may make at once above the sustained rate.</summary>
    public int BurstPerOrganisation { get; set; } = 2000;
}
