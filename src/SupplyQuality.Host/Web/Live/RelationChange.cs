namespace SupplyQuality.Host.Web.Live;

/// <summary>
/// Something of this OEM-supplier relation changed: a receipt, an NCR or an 8D (any discipline submitted, reviewed,
/// drafted into the record), an escalation. Subscribers re-read what they show; the signal carries no data, so what a
/// page shows is always what its reader may read now.
/// </summary>
public sealed record RelationChange(string OemId, string SupplierId);
