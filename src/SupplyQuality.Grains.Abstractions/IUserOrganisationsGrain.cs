using System.Collections.Immutable;
using Orleans;
using SupplyQuality.Domain.Directory;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>
/// People assigned to organisations by an administrator, for identity providers that send no organisation claim
/// (see <see cref="UserOrganisation"/>). One grain, key 0: a directory of people, read once per sign-in.
/// </summary>
[Alias("sq.IUserOrganisationsGrain")]
public interface IUserOrganisationsGrain : IGrainWithIntegerKey
{
    /// <summary>Assigns the person (or changes the assignment): bad fields throw <c>InputValidationException</c>, an OEM or supplier that is not registered <c>EntityNotFoundException</c> for organisation_id.</summary>
    Task<UserOrganisation> Assign(UserOrganisation assignment);

    /// <summary>Removes the person's assignment; false if there was none.</summary>
    Task<bool> Remove(string user);

    /// <summary>The assignment of the first of <paramref name="users"/> (subject, e-mail, user name) that has one, or null.</summary>
    Task<UserOrganisation?> Find(ImmutableArray<string> users);

    /// <summary>Every assignment, by user.</summary>
    Task<ImmutableArray<UserOrganisation>> GetAll();
}
