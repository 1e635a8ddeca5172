namespace SupplyQuality.Simulator.Generation;

/// <summary>The kinds of request the simulator sends, one per RPC.</summary>
public enum RequestKind
{
    RegisterOem,
    RegisterSupplier,
    RegisterPart,
    AddSourcing,
    RecordReceipt,
    RaiseNonconformance,
    RequestEightD,
    SubmitDiscipline,
    ReviewDiscipline,
    SetEscalation,
}
