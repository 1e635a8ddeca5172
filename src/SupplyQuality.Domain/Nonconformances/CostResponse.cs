using Orleans;

namespace SupplyQuality.Domain.Nonconformances;

/// <summary>
/// The supplier's answer to the cost charged back at closure (accepted or disputed, with a reason and optionally a
/// proposed amount), and the OEM's settlement of a disputed cost.
/// </summary>
/// <param name="ProposedAmount">With a dispute, what the supplier would accept, in the NCR's currency; null if none.</param>
/// <param name="SettledAmount">The final amount once settled, in the NCR's currency; null before.</param>
[GenerateSerializer, Immutable, Alias("sq.CostResponse")]
public sealed record CostResponse(
    CostResponseStatus Status,
    string Reason,
    Money? ProposedAmount,
    string RespondedBy,
    DateTimeOffset RespondedAt,
    Money? SettledAmount,
    string SettlementReason,
    string SettledBy,
    DateTimeOffset? SettledAt);
