using System.Collections.Immutable;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>
/// The administrator's lists of suppliers and parts (every registration lands in the index, also when many arrive at
/// once), and people assigned to organisations for sign-in.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DirectoryIndexAndUserOrganisationTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    private IDirectoryIndexGrain Index => fixture.Client.GetGrain<IDirectoryIndexGrain>(0);

    private IUserOrganisationsGrain People => fixture.Client.GetGrain<IUserOrganisationsGrain>(0);

    [Fact]
    public async Task Every_registered_supplier_and_part_is_listed_also_when_registered_together()
    {
        var suppliers = Enumerable.Range(0, 40).Select(_ => TestSupplyChain.NewId("SUP")).ToArray();
        var parts = Enumerable.Range(0, 40).Select(_ => TestSupplyChain.NewId("P")).ToArray();

        await Task.WhenAll(
            suppliers.Select(s => fixture.Client.GetGrain<ISupplierGrain>(s).Register(new SupplierProfile(s, "Supplier " + s, string.Empty)))
                .Concat<Task>(parts.Select(p => fixture.Client.GetGrain<IPartGrain>(p).Register(new PartProfile(p, "Part " + p, string.Empty)))));

        Assert.Superset(suppliers.ToHashSet(), (await Index.GetSupplierIds()).ToHashSet());
        Assert.Superset(parts.ToHashSet(), (await Index.GetPartNumbers()).ToHashSet());
        // Registering again (a rename) keeps one entry.
        await fixture.Client.GetGrain<ISupplierGrain>(suppliers[0]).Register(new SupplierProfile(suppliers[0], "Renamed", "改名"));
        Assert.Single(await Index.GetSupplierIds(), id => id == suppliers[0]);
    }

    [Fact]
    public async Task A_person_is_assigned_found_by_any_of_their_names_without_regard_to_case_and_removed()
    {
        string supplier = await _chain.NewSupplier();
        string user = $"Li.Na.{Guid.NewGuid():N}@Supplier.example";

        var stored = await People.Assign(new UserOrganisation($"  {user} ", supplier, "supplier", Caller.SupplierQualityRole));

        Assert.Equal(user, stored.User);
        var found = await People.Find(["00u-unknown-subject", user.ToUpperInvariant()]);
        Assert.Equal(new UserOrganisation(user, supplier, "supplier", Caller.SupplierQualityRole), found);
        Assert.Contains(stored, await People.GetAll());
        Assert.True(await People.Remove(user.ToLowerInvariant()));
        Assert.Null(await People.Find([user]));
        Assert.False(await People.Remove(user));
    }

    [Fact]
    public async Task An_assignment_to_an_organisation_that_is_not_registered_or_with_a_role_of_another_kind_is_refused()
    {
        string supplier = await _chain.NewSupplier();
        string user = $"x.{Guid.NewGuid():N}@example.com";

        var missing = await Assert.ThrowsAsync<EntityNotFoundException>(() => People.Assign(new UserOrganisation(user, "SUP-NOT-THERE", "supplier", Caller.SupplierQualityRole)));
        Assert.Equal("organisation_id", missing.Field);
        var wrongRole = await Assert.ThrowsAsync<InputValidationException>(() => People.Assign(new UserOrganisation(user, supplier, "supplier", Caller.OemManagerRole)));
        Assert.Equal("role", Assert.Single(wrongRole.Violations).Field);
        Assert.Null(await People.Find(ImmutableArray.Create(user)));
        // The platform is no directory entry: its administrators are assigned without one.
        await People.Assign(new UserOrganisation(user, "PLATFORM", "platform", Caller.AdministratorRole));
        Assert.NotNull(await People.Find([user]));
    }
}
