using System.Collections.Immutable;
using Orleans;
using Orleans.Concurrency;

namespace SupplyQuality.Grains.Abstractions;

/// <summary>
/// Which relation holds an NCR: NCR ids are opaque (derived from the OEM and the request id), and an NCR's record and
/// history live in its relation's ledger. One of <see cref="NonconformanceIndexBuckets.Count"/> buckets (key: bucket
/// number, <see cref="NonconformanceIndexBuckets.Of"/>), each kept in memory and written through the partition logs.
/// </summary>
[Alias("sq.INonconformanceIndexGrain")]
public interface INonconformanceIndexGrain : IGrainWithIntegerKey
{
    /// <summary>The relation key (<see cref="SupplierRelationKey"/>) of a registered NCR, or null.</summary>
    [ReadOnly]
    Task<string?> Find(string nonconformanceId);

    /// <summary>
    /// Registers an NCR under its relation, durably, unless it is registered already; returns the relation it is
    /// registered under (the first registration wins, as a retried request must reach the record it first created).
    /// </summary>
    Task<string> Register(string nonconformanceId, string relationKey);

    /// <summary>
    /// <see cref="Register"/> for several NCRs of this bucket with one durable append (a batch raise); returns the
    /// relation each is registered under, in the order given.
    /// </summary>
    Task<ImmutableArray<string>> RegisterMany(ImmutableArray<NonconformanceRegistration> registrations);
}
