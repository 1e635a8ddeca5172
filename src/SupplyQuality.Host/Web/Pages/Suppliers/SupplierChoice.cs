namespace SupplyQuality.Host.Web.Pages.Suppliers;

/// <summary>A supplier of the reader's OEM as lists and choices show it: id and name in the reader's language.</summary>
public sealed record SupplierChoice(string Id, string Name);
