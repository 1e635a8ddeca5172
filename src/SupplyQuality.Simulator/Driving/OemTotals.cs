namespace SupplyQuality.Simulator.Driving;

/// <summary>What the hub acknowledged for one OEM: the figures its risk board must show.</summary>
internal sealed class OemTotals(string oemId)
{
    private long _receipts;
    private long _quantityReceived;
    private long _lotsRejected;
    private long _nonconformances;
    private long _defectiveQuantity;
    private long _eightDs;

    public string OemId { get; } = oemId;

    public long Receipts => Interlocked.Read(ref _receipts);

    public long QuantityReceived => Interlocked.Read(ref _quantityReceived);

    public long LotsRejected => Interlocked.Read(ref _lotsRejected);

    public long Nonconformances => Interlocked.Read(ref _nonconformances);

    public long DefectiveQuantity => Interlocked.Read(ref _defectiveQuantity);

    public long EightDs => Interlocked.Read(ref _eightDs);

    public void Receipt(long quantity, bool rejected)
    {
        Interlocked.Increment(ref _receipts);
        Interlocked.Add(ref _quantityReceived, quantity);
        if (rejected)
        {
            Interlocked.Increment(ref _lotsRejected);
        }
    }

    public void Nonconformance(long defective)
    {
        Interlocked.Increment(ref _nonconformances);
        Interlocked.Add(ref _defectiveQuantity, defective);
    }

    public void EightD() => Interlocked.Increment(ref _eightDs);
}
