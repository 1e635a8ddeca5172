using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Host.Web.Pages.Suppliers;

/// <summary>The suppliers an OEM sources from (its sourcing links), for filters and forms, by name.</summary>
public static class OemSuppliers
{
    public static async Task<IReadOnlyList<SupplierChoice>> ListAsync(IGrainFactory grains, string oemId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var ids = await grains.GetGrain<IOemGrain>(oemId).GetSupplierIds();
        var choices = await Task.WhenAll(ids.Select(async id =>
        {
            try
            {
                return new SupplierChoice(id, OrganisationNames.For(await grains.GetGrain<ISupplierGrain>(id).GetProfile()));
            }
            catch (EntityNotFoundException)
            {
                return new SupplierChoice(id, id);
            }
        }));
        return [.. choices.OrderBy(c => c.Name, StringComparer.CurrentCulture)];
    }
}
