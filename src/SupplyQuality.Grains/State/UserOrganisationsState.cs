using System.Collections.Immutable;
using SupplyQuality.Domain.Directory;

namespace SupplyQuality.Grains.State;

[GenerateSerializer, Alias("sq.state.UserOrganisations")]
public sealed record UserOrganisationsState
{
    /// <summary>By <see cref="UserOrganisation.Key"/>.</summary>
    [Id(0)]
    public ImmutableSortedDictionary<string, UserOrganisation> ByUser { get; init; } = ImmutableSortedDictionary.Create<string, UserOrganisation>(StringComparer.Ordinal);
}
