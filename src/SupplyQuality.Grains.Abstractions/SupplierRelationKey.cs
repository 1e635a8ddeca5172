namespace SupplyQuality.Grains.Abstractions;

/// <summary>The key of an OEM-supplier relation grain: "oem/supplier". Ids cannot contain '/'.</summary>
public static class SupplierRelationKey
{
    public static string Of(string oemId, string supplierId) => $"{oemId}/{supplierId}";

    public static (string OemId, string SupplierId) Parse(string key)
    {
        int slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0
            ? throw new ArgumentException($"'{key}' is not an OEM-supplier relation key", nameof(key))
            : (key[..slash], key[(slash + 1)..]);
    }
}
