using Google.Protobuf;

namespace SupplyQuality.Simulator.Generation;

/// <summary>One request of the generated stream.</summary>
/// <param name="At">When it happens in the simulated history (receipts and NCRs carry it; the hub stamps the rest).</param>
/// <param name="Party">The organisation that sends it: PLATFORM for the directory, an OEM or a supplier id.</param>
/// <param name="EightDRequestId">For 8D steps: the request id of the RequestEightD whose 8D they act on.</param>
public sealed record SimulatedActivity(DateTimeOffset At, RequestKind Kind, string Party, IMessage Request, string? EightDRequestId = null);
