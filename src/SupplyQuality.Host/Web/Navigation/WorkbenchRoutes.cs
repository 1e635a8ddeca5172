namespace SupplyQuality.Host.Web.Navigation;

/// <summary>
/// Every route of the workbench, in one place: pages declare theirs with <c>@attribute [Route(WorkbenchRoutes.X)]</c>
/// and links use the same constants (or the builders for ids), so a route is renamed once.
/// </summary>
public static class WorkbenchRoutes
{
    /// <summary>Sends the signed-in user to the start page of the role, a signed-out one to sign-in.</summary>
    public const string Home = "/";

    // SQE (OEM quality engineer)
    public const string MyWork = "/my-work";
    public const string Receipts = "/receipts";
    public const string Suppliers = "/suppliers";

    /// <summary>One supplier of the SQE's or manager's OEM: scorecard, risk factors, escalation.</summary>
    public const string Supplier = "/suppliers/{SupplierId}";

    /// <summary>The SQE's form to raise an NCR (a literal segment wins over <see cref="Nonconformance"/>'s id).</summary>
    public const string NewNonconformance = "/ncrs/new";

    // SQE and manager (and supplier for 8Ds): lists and one record each
    public const string Nonconformances = "/ncrs";
    public const string Nonconformance = "/ncrs/{NonconformanceId}";
    public const string EightDs = "/8ds";
    public const string EightD = "/8ds/{EightDId}";

    /// <summary>The SQE requests an 8D for NCRs of one supplier (optional query: <c>supplier</c>, <c>ncr</c>).</summary>
    public const string RequestEightD = "/8ds/new";

    /// <summary>One 8D as a printable report (the browser's "save as PDF").</summary>
    public const string EightDPrint = "/8ds/{EightDId}/print";

    /// <summary>The live risk board (manager's start page; SQE too). Keeps working with a token link: <c>/board?oem=X#token=...</c>.</summary>
    public const string Board = "/board";

    // Supplier
    public const string Inbox = "/inbox";
    public const string Scorecard = "/scorecard";

    // Administrator
    public const string Directory = "/directory";

    /// <summary>The Orleans Dashboard for administrators (not a Blazor page: links to it load the whole page).</summary>
    public const string Operations = "/dashboard";

    public static string NonconformanceOf(string nonconformanceId) => $"/ncrs/{Uri.EscapeDataString(nonconformanceId)}";

    public static string SupplierOf(string supplierId) => $"/suppliers/{Uri.EscapeDataString(supplierId)}";

    public static string EightDOf(string eightDId) => $"/8ds/{Uri.EscapeDataString(eightDId)}";

    /// <summary>One discipline of an 8D opened on its page (0 for D0 ... 8 for D8).</summary>
    public static string EightDDisciplineOf(string eightDId, int number) => $"/8ds/{Uri.EscapeDataString(eightDId)}?d={number}";

    public static string EightDPrintOf(string eightDId) => $"/8ds/{Uri.EscapeDataString(eightDId)}/print";

    /// <summary>The request form, with the supplier and one NCR chosen when given (e.g. from an NCR's page).</summary>
    public static string RequestEightDFor(string? supplierId = null, string? nonconformanceId = null)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(supplierId))
        {
            query.Add("supplier=" + Uri.EscapeDataString(supplierId));
        }

        if (!string.IsNullOrEmpty(nonconformanceId))
        {
            query.Add("ncr=" + Uri.EscapeDataString(nonconformanceId));
        }

        return query.Count == 0 ? RequestEightD : RequestEightD + "?" + string.Join('&', query);
    }
}
