using System.Globalization;
using Microsoft.Extensions.Localization;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Host.Web.Forms;

namespace SupplyQuality.Host.Web.Pages.Directory;

/// <summary>The directory forms' message for an id that names nothing registered, shown beside the field that holds it.</summary>
public static class DirectoryMessages
{
    public static FieldMessages NotRegistered(EntityNotFoundException error, IStringLocalizer<DirectoryPage> text, IStringLocalizer<ValidationText> validationTexts)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(text);
        string message = string.Format(CultureInfo.CurrentCulture, text["NotRegistered"], error.EntityId);
        return FieldMessages.From(new InputValidationException(error.Field, message), validationTexts);
    }
}
