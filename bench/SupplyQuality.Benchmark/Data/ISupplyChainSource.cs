using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Benchmark.Data;

/// <summary>
/// The benchmark's data as partner requests: the directory, then receipts and NCRs in the order they are loaded.
/// Both the hub and the peer get exactly these records in this order; a size of N NCRs is the first N.
/// </summary>
public interface ISupplyChainSource
{
    /// <summary>Where the data comes from and its parameters, for the report.</summary>
    string Description { get; }

    IReadOnlyList<RegisterOemRequest> Oems { get; }

    IReadOnlyList<RegisterSupplierRequest> Suppliers { get; }

    IReadOnlyList<RegisterPartRequest> Parts { get; }

    IReadOnlyList<AddSourcingRequest> Sourcing { get; }

    /// <summary>Escalation changes, each relation's in order; sent with the directory.</summary>
    IReadOnlyList<SetEscalationRequest> Escalations { get; }

    /// <summary>8D requests; each is sent once all its NCRs are loaded.</summary>
    IReadOnlyList<PlannedEightD> EightDs { get; }

    int NonconformanceCount { get; }

    int ReceiptCount { get; }

    /// <summary>The <paramref name="index"/>-th NCR in load order.</summary>
    RaiseNonconformanceRequest Nonconformance(int index);

    /// <summary>The <paramref name="index"/>-th receipt in load order.</summary>
    RecordReceiptRequest Receipt(int index);

    /// <summary>Receipts that go with the first <paramref name="nonconformances"/> NCRs (the same ratio at every size).</summary>
    int ReceiptsFor(int nonconformances) =>
        NonconformanceCount == 0 ? 0 : (int)Math.Min(ReceiptCount, Math.Round((double)nonconformances * ReceiptCount / NonconformanceCount));
}
