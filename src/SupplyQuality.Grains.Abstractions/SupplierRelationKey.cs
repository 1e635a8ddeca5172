using SupplyQuality.Domain.Nonconformances;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>The key of an OEM-supplier relation grain: "oem/supplier". Ids cannot contain '/'.</summary>
public static class SupplierRelationKey
{
    public static string Of(string oemId, string supplierId) => $"{oemId}/{supplierId}";

    /// <summary>The relation that holds an NCR.</summary>
    public static string Of(Nonconformance ncr) => Of(ncr.Details.OemId, ncr.Details.SupplierId);

    public static (string OemId, string SupplierId) Parse(string key)
    {
        int slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0
            ? throw new ArgumentException($"'{key}' is not an OEM-supplier relation key", nameof(key))
            : (key[..slash], key[(slash + 1)..]);
    }
}
