using System.Collections.Immutable;
using Orleans;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>
/// The ids of every registered supplier and part, for the administrator's directory lists (suppliers and parts are
/// their own grains and know nothing of each other). One grain, key 0. Registration adds to it; adds arriving while
/// a write is under way go into the next write together.
/// </summary>
[Alias("sq.IDirectoryIndexGrain")]
public interface IDirectoryIndexGrain : IGrainWithIntegerKey
{
    /// <summary>Adds a supplier id; returns once it is stored. Idempotent.</summary>
    Task AddSupplier(string supplierId);

    /// <summary>Adds a part number; returns once it is stored. Idempotent.</summary>
    Task AddPart(string partNumber);

    Task<ImmutableArray<string>> GetSupplierIds();

    Task<ImmutableArray<string>> GetPartNumbers();
}
