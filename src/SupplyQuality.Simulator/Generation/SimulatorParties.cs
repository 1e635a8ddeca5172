namespace SupplyQuality.Simulator.Generation;

/// <summary>Who sends what: the platform administrator registers the directory.</summary>
public static class SimulatorParties
{
    /// <summary>The administrator's organisation id in its token.</summary>
    public const string Platform = "PLATFORM";

    /// <summary>The administrator's user name in its token.</summary>
    public const string Administrator = "sq-sim@platform";
}
