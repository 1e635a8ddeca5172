namespace SupplyQuality.Host.Web.Live;

/// <summary>
/// Which relations a subscriber hears about: one OEM-supplier relation (an NCR or 8D page: take the ids from the record),
/// every supplier of an OEM (SQE lists, my work), or every OEM of a supplier (the supplier's inbox).
/// </summary>
public sealed record FeedScope
{
    private FeedScope(string oemId, string supplierId)
    {
        OemId = oemId;
        SupplierId = supplierId;
    }

    /// <summary>Empty: any OEM.</summary>
    public string OemId { get; }

    /// <summary>Empty: any supplier.</summary>
    public string SupplierId { get; }

    public static FeedScope Relation(string oemId, string supplierId) => new(Required(oemId, nameof(oemId)), Required(supplierId, nameof(supplierId)));

    public static FeedScope Oem(string oemId) => new(Required(oemId, nameof(oemId)), string.Empty);

    public static FeedScope Supplier(string supplierId) => new(string.Empty, Required(supplierId, nameof(supplierId)));

    public bool Includes(RelationChange change) =>
        (OemId.Length == 0 || string.Equals(OemId, change.OemId, StringComparison.Ordinal))
        && (SupplierId.Length == 0 || string.Equals(SupplierId, change.SupplierId, StringComparison.Ordinal));

    private static string Required(string id, string name) =>
        string.IsNullOrEmpty(id) ? throw new ArgumentException("an id is required", name) : id;
}
