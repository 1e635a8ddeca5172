using System.Globalization;
using SupplyQuality.Domain.Directory;

namespace SupplyQuality.Host.Web.Pages.Suppliers;

/// <summary>An organisation's name in the reader's language: the Chinese name for Chinese readers when it has one.</summary>
public static class OrganisationNames
{
    public static string For(SupplierProfile supplier)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        return Pick(supplier.Name, supplier.NameZh);
    }

    public static string For(OemProfile oem)
    {
        ArgumentNullException.ThrowIfNull(oem);
        return Pick(oem.Name, oem.NameZh);
    }

    private static string Pick(string name, string nameZh) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" && nameZh.Length > 0 ? nameZh : name;
}
