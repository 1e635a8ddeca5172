using System.Reflection;
using SupplyQuality.Domain.Access;

namespace SupplyQuality.Domain.Tests.Access;

/// <summary>
/// The access matrix as a table: one row per rule (with the ids it is asked about), one column per caller.
/// Two OEMs, A and B; supplier S1 serves A (and B), supplier S2 is someone else's supplier.
/// The rules only look at the caller's token (organisation, kind, role); whether a record exists is the services' business.
/// </summary>
public class AccessRulesTests
{
    private const string A = "OEM-A";
    private const string B = "OEM-B";
    private const string S1 = "SUP-S1";
    private const string S2 = "SUP-S2";

    private const bool Allow = true;
    private const bool Deny = false;

    /// <summary>The columns of the table, in order.</summary>
    private static readonly (string Name, Caller Caller)[] Callers =
    [
        ("SQE of A", new Caller(A, OrganisationKind.Oem, CallerRole.OemQualityEngineer, "sqe.a")),
        ("manager of A", new Caller(A, OrganisationKind.Oem, CallerRole.OemManager, "manager.a")),
        ("SQE of B", new Caller(B, OrganisationKind.Oem, CallerRole.OemQualityEngineer, "sqe.b")),
        ("supplier quality of S1", new Caller(S1, OrganisationKind.Supplier, CallerRole.SupplierQuality, "quality.s1")),
        ("supplier quality of S2", new Caller(S2, OrganisationKind.Supplier, CallerRole.SupplierQuality, "quality.s2")),
        ("administrator", new Caller("PLATFORM", OrganisationKind.Platform, CallerRole.Administrator, "admin")),
        ("S1 claiming oem_manager", new Caller(S1, OrganisationKind.Supplier, CallerRole.OemManager, "quality.s1")),
    ];

    /// <summary>The rows: each rule, and what each caller (column) gets.</summary>
    private static readonly Rule[] Table =
    [
        //                                                                                             SQE A  mgr A  SQE B  SQ S1  SQ S2  admin  S1 as oem_manager
        new("CanReadRelation(A, S1)", c => AccessRules.CanReadRelation(c, A, S1),                      Allow, Allow, Deny,  Allow, Deny,  Deny,  Deny),
        new("CanReadRelation(B, S1)", c => AccessRules.CanReadRelation(c, B, S1),                      Deny,  Deny,  Allow, Allow, Deny,  Deny,  Deny),
        new("CanReadOemQuality(A)", c => AccessRules.CanReadOemQuality(c, A),                          Allow, Allow, Deny,  Deny,  Deny,  Deny,  Deny),
        new("CanReadScope(A, all)", c => AccessRules.CanReadScope(c, A, string.Empty),                 Allow, Allow, Deny,  Deny,  Deny,  Deny,  Deny),
        new("CanReadScope(A, S1)", c => AccessRules.CanReadScope(c, A, S1),                            Allow, Allow, Deny,  Allow, Deny,  Deny,  Deny),
        new("CanReadOemQuality(B)", c => AccessRules.CanReadOemQuality(c, B),                          Deny,  Deny,  Allow, Deny,  Deny,  Deny,  Deny),
        new("CanWriteOemQuality(A)", c => AccessRules.CanWriteOemQuality(c, A),                        Allow, Deny,  Deny,  Deny,  Deny,  Deny,  Deny),
        new("CanWriteOemQuality(B)", c => AccessRules.CanWriteOemQuality(c, B),                        Deny,  Deny,  Allow, Deny,  Deny,  Deny,  Deny),
        new("CanAnswerEightD(S1)", c => AccessRules.CanAnswerEightD(c, S1),                            Deny,  Deny,  Deny,  Allow, Deny,  Deny,  Deny),
        new("CanAnswerEightD(S2)", c => AccessRules.CanAnswerEightD(c, S2),                            Deny,  Deny,  Deny,  Deny,  Allow, Deny,  Deny),
        new("CanAnswerNonconformance(S1)", c => AccessRules.CanAnswerNonconformance(c, S1),            Deny,  Deny,  Deny,  Allow, Deny,  Deny,  Deny),
        new("CanAnswerNonconformance(S2)", c => AccessRules.CanAnswerNonconformance(c, S2),            Deny,  Deny,  Deny,  Deny,  Allow, Deny,  Deny),
        new("CanSeeEightDDrafts(S1)", c => AccessRules.CanSeeEightDDrafts(c, S1),                      Deny,  Deny,  Deny,  Allow, Deny,  Deny,  Deny),
        new("CanAttachEvidence(A, S1)", c => AccessRules.CanAttachEvidence(c, A, S1),                  Allow, Deny,  Deny,  Allow, Deny,  Deny,  Deny),
        new("CanAttachEvidence(B, S2)", c => AccessRules.CanAttachEvidence(c, B, S2),                  Deny,  Deny,  Allow, Deny,  Allow, Deny,  Deny),
        new("CanManageDirectory()", AccessRules.CanManageDirectory,                                     Deny,  Deny,  Deny,  Deny,  Deny,  Allow, Deny),
        new("CanLinkSourcing(A)", c => AccessRules.CanLinkSourcing(c, A),                              Allow, Deny,  Deny,  Deny,  Deny,  Allow, Deny),
        new("CanReadOem(A)", c => AccessRules.CanReadOem(c, A),                                        Allow, Allow, Deny,  Deny,  Deny,  Allow, Deny),
        new("CanExportOem(A)", c => AccessRules.CanExportOem(c, A),                                    Deny,  Allow, Deny,  Deny,  Deny,  Allow, Deny),
        new("CanReadMasterData()", AccessRules.CanReadMasterData,                                       Allow, Allow, Allow, Allow, Allow, Allow, Deny),
    ];

    public static TheoryData<string, string, bool> Cells()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var rule in Table)
        {
            for (int i = 0; i < Callers.Length; i++)
            {
                data.Add(rule.Name, Callers[i].Name, rule.Expected[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_rule_allows_exactly_the_callers_in_the_table(string rule, string caller, bool allowed)
    {
        var row = Table.Single(r => r.Name == rule);
        var column = Callers.Single(c => c.Name == caller).Caller;

        Assert.True(row.Check(column) == allowed, $"{rule} for {caller}: expected {(allowed ? "Allow" : "Deny")}");
    }

    [Fact]
    public void Every_row_has_a_cell_for_every_caller()
    {
        Assert.All(Table, r => Assert.Equal(Callers.Length, r.Expected.Length));
    }

    [Fact]
    public void Every_public_rule_has_a_row()
    {
        var rules = typeof(AccessRules).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(bool))
            .Select(m => m.Name)
            .Distinct(StringComparer.Ordinal);

        Assert.All(rules, name => Assert.Contains(Table, r => r.Name.StartsWith(name + "(", StringComparison.Ordinal)));
    }

    public static TheoryData<string, OrganisationKind, CallerRole> InconsistentCallers()
    {
        var data = new TheoryData<string, OrganisationKind, CallerRole>();
        foreach (string organisation in new[] { A, S1, "PLATFORM" })
        {
            foreach (var kind in Enum.GetValues<OrganisationKind>())
            {
                foreach (var role in Enum.GetValues<CallerRole>())
                {
                    if (!new Caller(organisation, kind, role, "x").IsConsistent)
                    {
                        data.Add(organisation, kind, role);
                    }
                }
            }
        }

        return data;
    }

    /// <summary>A role only counts in its own kind of organisation: a supplier claiming oem_manager of A, an OEM claiming administrator, ...</summary>
    [Theory]
    [MemberData(nameof(InconsistentCallers))]
    public void A_role_that_does_not_fit_the_organisation_kind_is_denied_everything(string organisation, OrganisationKind kind, CallerRole role)
    {
        var caller = new Caller(organisation, kind, role, "mallory");

        Assert.All(Table, rule => Assert.False(rule.Check(caller), $"{rule.Name} allowed {caller}"));
    }

    [Theory]
    [InlineData(OrganisationKind.Oem, CallerRole.OemQualityEngineer, true)]
    [InlineData(OrganisationKind.Oem, CallerRole.OemManager, true)]
    [InlineData(OrganisationKind.Supplier, CallerRole.SupplierQuality, true)]
    [InlineData(OrganisationKind.Platform, CallerRole.Administrator, true)]
    [InlineData(OrganisationKind.Supplier, CallerRole.OemManager, false)]
    [InlineData(OrganisationKind.Supplier, CallerRole.OemQualityEngineer, false)]
    [InlineData(OrganisationKind.Oem, CallerRole.SupplierQuality, false)]
    [InlineData(OrganisationKind.Oem, CallerRole.Administrator, false)]
    [InlineData(OrganisationKind.Platform, CallerRole.OemQualityEngineer, false)]
    [InlineData(OrganisationKind.Unspecified, CallerRole.Administrator, false)]
    [InlineData(OrganisationKind.Oem, CallerRole.Unspecified, false)]
    public void Consistent_callers_are_the_four_kind_and_role_pairs(OrganisationKind kind, CallerRole role, bool consistent)
    {
        Assert.Equal(consistent, new Caller("ORG-1", kind, role, "x").IsConsistent);
    }

    [Fact]
    public void Organisation_ids_are_compared_exactly()
    {
        var lowerCase = new Caller("oem-a", OrganisationKind.Oem, CallerRole.OemQualityEngineer, "sqe");
        var padded = new Caller(A + " ", OrganisationKind.Oem, CallerRole.OemQualityEngineer, "sqe");
        var empty = new Caller(string.Empty, OrganisationKind.Oem, CallerRole.OemQualityEngineer, "sqe");

        Assert.False(AccessRules.CanWriteOemQuality(lowerCase, A));
        Assert.False(AccessRules.CanWriteOemQuality(padded, A));
        Assert.False(AccessRules.CanReadOemQuality(empty, A));
    }

    private sealed record Rule(string Name, Func<Caller, bool> Check, params bool[] Expected);
}
