using SupplyQuality.Domain.Access;

namespace SupplyQuality.Host.Security;

/// <summary>Denied calls, recorded as structured log events in the category "SupplyQuality.Audit".</summary>
public static partial class AuditLog
{
    public const string Category = "SupplyQuality.Audit";

    [LoggerMessage(EventId = 4030, Level = LogLevel.Warning, Message = "Denied {Operation} for {User} ({Role} of {OrganisationKind} {Organisation}): {Reason}")]
    private static partial void LogDenied(ILogger logger, string operation, string user, string role, string organisationKind, string organisation, string reason);

    public static void Denied(ILogger logger, Caller caller, string operation, string reason) =>
        LogDenied(logger, operation, caller.UserName, Caller.RoleName(caller.Role), Caller.KindName(caller.Kind), caller.OrganisationId, reason);
}
