namespace SupplyQuality.Simulator.Driving;

/// <summary>How a batch call ended.</summary>
internal enum BatchOutcome
{
    Acknowledged,
    Failed,

    /// <summary>The hub does not have the batch call (UNIMPLEMENTED): send the batch's requests one by one.</summary>
    Unimplemented,
}
