using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Access;

/// <summary>
/// An administrator's assignment of a person to an organisation: checked like any input (the role must belong to the
/// kind), found without regard to case, and used at sign-in only when the provider sent no organisation.
/// </summary>
public class UserOrganisationTests
{
    [Fact]
    public void A_provider_without_an_organisation_gets_the_assignments_organisation_kind_and_role_and_keeps_the_name()
    {
        var assignment = new UserOrganisation("Zhao.Min@Jinggong.example", "SUP-JINGGONG", "supplier", Caller.SupplierQualityRole);
        var provided = new Caller(string.Empty, OrganisationKind.Unspecified, CallerRole.Unspecified, "Zhao Min");

        var caller = assignment.AppliedTo(provided);

        Assert.Equal(new Caller("SUP-JINGGONG", OrganisationKind.Supplier, CallerRole.SupplierQuality, "Zhao Min"), caller);
        Assert.True(caller.IsConsistent);
    }

    [Fact]
    public void The_providers_organisation_claim_wins_over_an_assignment()
    {
        var assignment = new UserOrganisation("someone@example.com", "SUP-JINGGONG", "supplier", Caller.SupplierQualityRole);
        var provided = new Caller("OEM-HUAXIN", OrganisationKind.Oem, CallerRole.OemManager, "someone");

        Assert.Same(provided, assignment.AppliedTo(provided));
    }

    [Theory]
    [InlineData(" Zhao.Min@Jinggong.Example ", "zhao.min@jinggong.example")]
    [InlineData("00uA1b2C3", "00ua1b2c3")]
    public void People_are_found_by_a_trimmed_lower_case_key(string user, string key)
    {
        Assert.Equal(key, UserOrganisation.KeyOf(user));
        Assert.Equal(key, new UserOrganisation(user, "OEM-X", "oem", Caller.OemManagerRole).Key);
    }

    [Fact]
    public void A_role_of_another_kind_is_named_with_its_code()
    {
        var error = Assert.Throws<InputValidationException>(() => new UserOrganisation("a@b.c", "SUP-X", "supplier", Caller.OemManagerRole).Validate());

        var violation = Assert.Single(error.Violations);
        Assert.Equal("role", violation.Field);
        Assert.Equal(ValidationCodes.RoleOfKind.Code, violation.Code);
        Assert.Equal("is not a role of an organisation of kind supplier", violation.Rule);
    }

    [Fact]
    public void Every_missing_or_unknown_field_is_named()
    {
        var error = Assert.Throws<InputValidationException>(() => new UserOrganisation("", "bad id", "company", "boss").Validate());

        Assert.Equal(["user", "organisation_id", "kind", "role"], error.Violations.Select(v => v.Field));
        Assert.All(error.Violations, v => Assert.NotNull(ValidationCodes.Find(v.Code)));
    }

    [Theory]
    [InlineData("OEM-HUAXIN", "oem", Caller.OemQualityEngineerRole)]
    [InlineData("OEM-HUAXIN", "oem", Caller.OemManagerRole)]
    [InlineData("SUP-JINGGONG", "supplier", Caller.SupplierQualityRole)]
    [InlineData("PLATFORM", "platform", Caller.AdministratorRole)]
    public void Each_role_in_its_own_kind_is_accepted(string organisation, string kind, string role) =>
        new UserOrganisation("person@example.com", organisation, kind, role).Validate();
}
