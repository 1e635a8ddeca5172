namespace SupplyQuality.Simulator.Driving;

/// <summary>The hub stopped answering: many requests in a row met UNAVAILABLE or DEADLINE_EXCEEDED after all their attempts.</summary>
public sealed class HubUnavailableException : Exception
{
    public HubUnavailableException()
    {
    }

    public HubUnavailableException(string message)
        : base(message)
    {
    }

    public HubUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
