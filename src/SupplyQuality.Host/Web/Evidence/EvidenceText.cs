namespace SupplyQuality.Host.Web.Evidence;

/// <summary>
/// Messages of the evidence rules by code (<c>SupplyQuality.Domain.Evidence.EvidenceValidationCodes</c>: empty, too
/// large, file name rules, and <c>evidence.content.{kind}</c> for content that is not what its name says), in
/// EvidenceText.resx and EvidenceText.zh-Hans.resx, with the domain's arguments as placeholders.
/// </summary>
public sealed class EvidenceText
{
    private EvidenceText()
    {
    }
}
