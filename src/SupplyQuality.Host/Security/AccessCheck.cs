using SupplyQuality.Domain.Access;

namespace SupplyQuality.Host.Security;

/// <summary>Turns an access rule's answer into PERMISSION_DENIED with a message that names the action, never the record's existence.</summary>
public static class AccessCheck
{
    public static void Require(bool allowed, Caller caller, string action)
    {
        if (!allowed)
        {
            throw new AccessDeniedException($"{Caller.RoleName(caller.Role)} of {caller.OrganisationId} may not {action}");
        }
    }
}
