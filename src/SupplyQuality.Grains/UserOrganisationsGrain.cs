using System.Collections.Immutable;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.State;

namespace SupplyQuality.Grains;

public sealed class UserOrganisationsGrain(
    [PersistentState("user-organisations", StorageNames.GrainState)] IPersistentState<UserOrganisationsState> state) : Grain, IUserOrganisationsGrain
{
    public async Task<UserOrganisation> Assign(UserOrganisation assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        assignment = assignment with { User = assignment.User.Trim(), OrganisationId = assignment.OrganisationId.Trim() };
        assignment.Validate();
        // Like a sourcing link: only to an organisation that exists (the platform is no directory entry).
        bool registered = Caller.ParseKind(assignment.Kind) switch
        {
            OrganisationKind.Oem => await GrainFactory.GetGrain<IOemGrain>(assignment.OrganisationId).IsRegistered(),
            OrganisationKind.Supplier => await GrainFactory.GetGrain<ISupplierGrain>(assignment.OrganisationId).IsRegistered(),
            _ => true,
        };
        if (!registered)
        {
            throw new EntityNotFoundException("organisation_id", assignment.OrganisationId);
        }

        if (!state.State.ByUser.TryGetValue(assignment.Key, out var current) || current != assignment)
        {
            await state.CommitAsync(state.State with { ByUser = state.State.ByUser.SetItem(assignment.Key, assignment) }, this);
        }

        return assignment;
    }

    public async Task<bool> Remove(string user)
    {
        string key = UserOrganisation.KeyOf(user);
        if (!state.State.ByUser.ContainsKey(key))
        {
            return false;
        }

        await state.CommitAsync(state.State with { ByUser = state.State.ByUser.Remove(key) }, this);
        return true;
    }

    public Task<UserOrganisation?> Find(ImmutableArray<string> users) => Task.FromResult(
        users.Select(UserOrganisation.KeyOf).Where(k => k.Length > 0).Select(k => state.State.ByUser.GetValueOrDefault(k)).FirstOrDefault(a => a is not null));

    public Task<ImmutableArray<UserOrganisation>> GetAll() => Task.FromResult(state.State.ByUser.Values.ToImmutableArray());
}
