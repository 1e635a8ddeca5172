using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SupplyQuality.Simulator.Tokens;

namespace SupplyQuality.Simulator.Tests;

/// <summary>Tokens carry the claims the hub reads and are signed with the development key; given tokens come first.</summary>
public sealed class DevelopmentTokenTests
{
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 48).Select(i => (byte)i).ToArray());

    [Theory]
    [InlineData(PartyRole.Administrator, "PLATFORM", "platform", "administrator")]
    [InlineData(PartyRole.OemQualityEngineer, "OEM-HUAXIN", "oem", "oem_quality_engineer")]
    [InlineData(PartyRole.SupplierQuality, "SUP-JINGGONG", "supplier", "supplier_quality")]
    public async Task A_minted_token_validates_with_the_key_and_names_organisation_kind_role_and_person(PartyRole role, string organisation, string kind, string roleName)
    {
        var token = DevelopmentTokenMinter.Mint(Key, role, organisation, "wang.li@huaxin", TimeSpan.FromHours(1));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = DevelopmentTokenMinter.DefaultIssuer,
            ValidAudience = DevelopmentTokenMinter.DefaultAudience,
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(Key)),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(organisation, result.Claims["sq_org"]);
        Assert.Equal(kind, result.Claims["sq_org_kind"]);
        Assert.Equal(roleName, result.Claims["role"]);
        Assert.Equal("wang.li@huaxin", result.Claims["name"]);
    }

    [Fact]
    public void Given_tokens_win_per_organisation_then_for_the_role_and_minting_is_the_fallback()
    {
        var oems = new GivenTokens();
        oems.Add("OEM-HUAXIN=token-huaxin");
        var suppliers = new GivenTokens();
        suppliers.Add("token-any-supplier");
        var credentials = new HubCredentials(Key, new Dictionary<PartyRole, GivenTokens> { [PartyRole.OemQualityEngineer] = oems, [PartyRole.SupplierQuality] = suppliers });
        Assert.Equal("token-huaxin", credentials.TokenFor(PartyRole.OemQualityEngineer, "OEM-HUAXIN", "x"));
        Assert.Equal("token-any-supplier", credentials.TokenFor(PartyRole.SupplierQuality, "SUP-BAOLI", "x"));
        string minted = credentials.TokenFor(PartyRole.OemQualityEngineer, "OEM-LONGMA", "chen.jie@longma")!;
        Assert.StartsWith("ey", minted, StringComparison.Ordinal);
        Assert.Same(minted, credentials.TokenFor(PartyRole.OemQualityEngineer, "OEM-LONGMA", "chen.jie@longma"));
        Assert.Null(new HubCredentials(null).TokenFor(PartyRole.Administrator, "PLATFORM", "admin"));
        Assert.False(DevelopmentTokenMinter.IsUsableKey(Convert.ToBase64String(new byte[16])));
    }
}
