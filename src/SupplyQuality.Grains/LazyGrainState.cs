using Orleans.Storage;

namespace SupplyQuality.Grains;

/// <summary>
/// Grain state through the host's Orleans grain storage, read when first needed instead of at activation: a grain
/// whose usual first call creates its record (a new NCR) then costs one storage request instead of a read that finds
/// nothing plus a write. Creation is a write without an ETag, which the Orleans providers make create-only (on Azure,
/// If-None-Match: *), so an existing record is never overwritten: the create fails and the record is read instead.
/// </summary>
internal sealed class LazyGrainState<TState>(IGrainStorage storage, string stateName, IGrainBase grain)
    where TState : class, new()
{
    private readonly GrainState<TState> _stored = new(new TState());

    public bool IsLoaded { get; private set; }

    /// <summary>The state as last read or written; an empty state until <see cref="LoadAsync"/> or a create.</summary>
    public TState State => _stored.State ?? throw new InvalidOperationException("grain state was never read");

    /// <summary>Reads the state unless it is already known; true if this call read it.</summary>
    public async Task<bool> LoadAsync()
    {
        if (IsLoaded)
        {
            return false;
        }

        await storage.ReadStateAsync(stateName, grain.GrainContext.GrainId, _stored);
        _stored.State ??= new TState();
        IsLoaded = true;
        return true;
    }

    /// <summary>
    /// Stores <paramref name="initial"/> as a new record without reading first. False if a record already exists
    /// (it is read then, and nothing is changed); a failed write drops the activation like <see cref="CommitAsync"/>.
    /// </summary>
    public async Task<bool> TryCreateAsync(TState initial)
    {
        _stored.State = initial;
        _stored.ETag = null;
        try
        {
            await storage.WriteStateAsync(stateName, grain.GrainContext.GrainId, _stored);
            IsLoaded = true;
            return true;
        }
        catch (InconsistentStateException)
        {
            _stored.State = new TState();
            IsLoaded = false;
            await LoadAsync();
            return false;
        }
        catch
        {
            _stored.State = new TState();
            IsLoaded = false;
            Drop("grain state create failed");
            throw;
        }
    }

    /// <summary>
    /// Makes <paramref name="next"/> the state and writes it (the state must be loaded). If the write fails, the
    /// previous state is put back and the activation is dropped when idle, so the next call reloads what storage
    /// really holds (a timed-out write may or may not have landed).
    /// </summary>
    public async Task CommitAsync(TState next)
    {
        var previous = State;
        _stored.State = next;
        try
        {
            await storage.WriteStateAsync(stateName, grain.GrainContext.GrainId, _stored);
        }
        catch
        {
            _stored.State = previous;
            Drop("grain state write failed");
            throw;
        }
    }

    private void Drop(string reason) =>
        grain.GrainContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, reason));
}
