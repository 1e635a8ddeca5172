using SupplyQuality.Domain.EightD;

namespace SupplyQuality.Host.Web.EightD;

/// <summary>A D3 containment action as edited in the form.</summary>
public sealed class ContainmentActionRow
{
    public string Description { get; set; } = string.Empty;

    public ContainmentLocation Location { get; set; }

    public long QuantityChecked { get; set; }

    public long QuantityFoundBad { get; set; }

    public string Responsible { get; set; } = string.Empty;

    public DateOnly? CompletedOn { get; set; }
}
