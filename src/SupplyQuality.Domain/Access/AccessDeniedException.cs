namespace SupplyQuality.Domain.Access;

/// <summary>The caller may not do this. Maps to PERMISSION_DENIED; the message never says whether a record exists.</summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException()
        : this("permission denied")
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
