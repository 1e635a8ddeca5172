namespace SupplyQuality.Grains;

/// <summary>Writes grain state so that a failed write leaves nothing half-applied.</summary>
internal static class PersistentStateExtensions
{
    /// <summary>
    /// Makes <paramref name="next"/> the state and writes it. If the write fails, the previous state is put back
    /// and the activation is dropped when idle, so the next call reloads what storage really holds
    /// (a timed-out write may or may not have landed).
    /// </summary>
    public static async Task CommitAsync<TState>(this IPersistentState<TState> state, TState next, IGrainBase grain)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            grain.GrainContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, "grain state write failed"));
            throw;
        }
    }
}
