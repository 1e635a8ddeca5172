using SupplyQuality.Domain.Access;
using SupplyQuality.Host.Security;

namespace SupplyQuality.Host.Web.Navigation;

/// <summary>What each role finds in the navigation and where it starts. Access itself is decided by <see cref="AccessRules"/> in every page.</summary>
public static class WorkbenchNavigation
{
    public static IReadOnlyList<NavigationItem> For(Caller caller) => !caller.IsConsistent ? [] : caller.Role switch
    {
        CallerRole.OemQualityEngineer =>
        [
            new(WorkbenchRoutes.MyWork, "NavMyWork", "nav-my-work"),
            new(WorkbenchRoutes.Receipts, "NavReceipts", "nav-receipts"),
            new(WorkbenchRoutes.Nonconformances, "NavNcrs", "nav-ncrs"),
            new(WorkbenchRoutes.EightDs, "NavEightDs", "nav-8ds"),
            new(WorkbenchRoutes.Board, "NavBoard", "nav-board", ForceLoad: true),
            new(WorkbenchRoutes.Suppliers, "NavSuppliers", "nav-suppliers"),
        ],
        CallerRole.SupplierQuality =>
        [
            new(WorkbenchRoutes.Inbox, "NavInbox", "nav-inbox"),
            new(WorkbenchRoutes.EightDs, "NavEightDs", "nav-8ds"),
            new(WorkbenchRoutes.Scorecard, "NavScorecard", "nav-scorecard"),
        ],
        CallerRole.OemManager =>
        [
            new(WorkbenchRoutes.Board, "NavBoard", "nav-board", ForceLoad: true),
            new(WorkbenchRoutes.Nonconformances, "NavNcrs", "nav-ncrs"),
            new(WorkbenchRoutes.EightDs, "NavEightDs", "nav-8ds"),
        ],
        CallerRole.Administrator =>
        [
            new(WorkbenchRoutes.Directory, "NavDirectory", "nav-directory"),
            new(WorkbenchRoutes.Operations, "NavOperations", "nav-operations", ForceLoad: true),
        ],
        _ => [],
    };

    /// <summary>The start page of the role (<c>/</c> sends there); signed-out or unknown callers sign in.</summary>
    public static string StartPage(Caller caller) => !caller.IsConsistent ? WebAuthentication.SignInPath : caller.Role switch
    {
        CallerRole.OemQualityEngineer => WorkbenchRoutes.MyWork,
        CallerRole.OemManager => WorkbenchRoutes.Board,
        CallerRole.SupplierQuality => WorkbenchRoutes.Inbox,
        CallerRole.Administrator => WorkbenchRoutes.Directory,
        _ => WebAuthentication.SignInPath,
    };
}
