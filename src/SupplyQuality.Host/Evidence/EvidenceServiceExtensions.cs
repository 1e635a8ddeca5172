namespace SupplyQuality.Host.Evidence;

/// <summary>Registers the evidence services (section "Evidence") on the hub's blob storage.</summary>
public static class EvidenceServiceExtensions
{
    public static IServiceCollection AddSupplyQualityEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("Evidence").Get<EvidenceSettings>() ?? new EvidenceSettings();
        // Found at start-up, not at the first upload.
        _ = settings.ToLimits();
        services.AddSingleton(settings);
        services.AddSingleton<EvidenceBlobStore>();
        services.AddSingleton<EvidenceFiles>();
        services.AddSingleton<EvidenceArchive>();
        return services;
    }
}
