namespace SupplyQuality.Host.Security;

/// <summary>The Orleans Dashboard for operators: where it is served and who may open it.</summary>
public static class OperatorDashboard
{
    public const string Path = "/dashboard";

    /// <summary>Platform administrators only: the dashboard shows every grain and silo of the installation.</summary>
    public const string AdministratorPolicy = "administrator";

    /// <summary>Set by the operators' page for browsers, which cannot send a bearer header on navigation.</summary>
    public const string TokenCookie = "sq_operator_token";
}
