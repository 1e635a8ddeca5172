using Microsoft.Extensions.Localization;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Host.Web.Localization;

namespace SupplyQuality.Host.Web.Forms;

/// <summary>
/// The page-level message for a refused action, in the reader's language: a workflow rule by its code (the
/// particulars in English after it), a refusal of access, a missing record, or an unreachable service. Field errors
/// (<see cref="InputValidationException"/>) go beside their fields instead (<see cref="FieldMessages"/>).
/// <c>@inject ProblemMessages Problems</c>, then <c>_problem = Problems.For(e)</c> in the catch.
/// </summary>
public sealed class ProblemMessages(IStringLocalizer<SharedText> shared, IStringLocalizer<WorkflowText> workflow)
{
    public string For(Exception error) => error switch
    {
        WorkflowRuleException rule => Rule(rule),
        AccessDeniedException => shared["AccessRefused"],
        EntityNotFoundException => shared["NotFoundText"],
        InputValidationException => shared["CorrectFields"],
        _ => shared["Unavailable"],
    };

    private string Rule(WorkflowRuleException error)
    {
        var text = workflow[error.Rule];
        string meaning = text.ResourceNotFound ? error.Message : text.Value;
        return string.Format(System.Globalization.CultureInfo.CurrentCulture, shared["WorkflowRefused"], meaning);
    }
}
