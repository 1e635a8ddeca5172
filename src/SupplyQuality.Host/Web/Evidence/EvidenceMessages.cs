using System.Globalization;
using Microsoft.Extensions.Localization;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Host.Web.Forms;

namespace SupplyQuality.Host.Web.Evidence;

/// <summary>
/// A refused upload in the reader's language: evidence rules by their code from <see cref="EvidenceText"/>, the general
/// ones (a missing or too long file name) from <see cref="ValidationText"/>, else the domain's English rule.
/// </summary>
public sealed class EvidenceMessages(IStringLocalizer<EvidenceText> evidence, IStringLocalizer<ValidationText> validation)
{
    /// <summary>Every violation of <paramref name="error"/>, one sentence each.</summary>
    public string For(InputValidationException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var violations = error.Violations.IsDefaultOrEmpty ? [new FieldViolation(string.Empty, error.Message)] : error.Violations;
        return string.Join(" ", violations.Select(Message).Distinct(StringComparer.Ordinal));
    }

    private string Message(FieldViolation violation)
    {
        if (violation.Code.Length > 0)
        {
            var template = evidence[violation.Code];
            if (!template.ResourceNotFound)
            {
                try
                {
                    return string.Format(CultureInfo.CurrentCulture, template.Value, violation.Arguments.Cast<object?>().ToArray());
                }
                catch (FormatException)
                {
                    // A template wanting more arguments than the rule gives: the general path below is still right.
                }
            }
        }

        string rule = FieldMessages.Message(violation, validation);
        return violation.Field.Length > 0 ? $"{violation.Field}: {rule}" : rule;
    }
}
