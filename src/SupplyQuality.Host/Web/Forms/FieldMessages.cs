using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Host.Web.Forms;

/// <summary>
/// The domain's validation messages of one submit, keyed by field (the partner API's snake_case names, e.g.
/// <c>defective_quantity</c>, or <c>actions[2].owner</c> in lists), in the reader's language. Catch
/// <see cref="InputValidationException"/> around the grain call, keep <c>FieldMessages.From(e, text)</c>, and show
/// each field's message beside it with <c>&lt;FieldMessage Messages="..." Field="..." /&gt;</c>; messages of fields the
/// form does not show go in a summary (<see cref="Except"/>).
/// </summary>
public sealed class FieldMessages
{
    private readonly Dictionary<string, List<string>> _byField;

    private FieldMessages(Dictionary<string, List<string>> byField) => _byField = byField;

    public static FieldMessages None { get; } = new(new Dictionary<string, List<string>>(StringComparer.Ordinal));

    public bool IsEmpty => _byField.Count == 0;

    public IEnumerable<string> Fields => _byField.Keys;

    public static FieldMessages From(InputValidationException error, IStringLocalizer<ValidationText> text)
    {
        ArgumentNullException.ThrowIfNull(error);
        var byField = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var violations = error.Violations.IsDefaultOrEmpty ? [new FieldViolation(string.Empty, error.Message)] : error.Violations;
        foreach (var violation in violations)
        {
            if (!byField.TryGetValue(violation.Field, out var messages))
            {
                byField[violation.Field] = messages = [];
            }

            string message = Message(violation, text);
            if (!messages.Contains(message))
            {
                messages.Add(message);
            }
        }

        return new FieldMessages(byField);
    }

    /// <summary>The rule in the reader's language: the code's text with its arguments, else the English rule.</summary>
    public static string Message(FieldViolation violation, IStringLocalizer<ValidationText> text)
    {
        ArgumentNullException.ThrowIfNull(violation);
        if (violation.Code.Length > 0)
        {
            var template = text[violation.Code];
            if (!template.ResourceNotFound)
            {
                try
                {
                    return string.Format(CultureInfo.CurrentCulture, template.Value, violation.Arguments.Cast<object?>().ToArray());
                }
                catch (FormatException)
                {
                    // A template expecting more arguments than the rule gives: the English rule is still right.
                }
            }
        }

        return violation.Rule;
    }

    public bool Has(string field) => _byField.ContainsKey(field);

    /// <summary>The field's messages joined, or null when it has none.</summary>
    public string? For(string field) => _byField.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Messages of fields other than <paramref name="shownFields"/> (for a summary above the form), "field: message".</summary>
    public IReadOnlyList<string> Except(params string[] shownFields) =>
    [
        .. _byField
            .Where(f => !shownFields.Contains(f.Key, StringComparer.Ordinal))
            .SelectMany(f => f.Value.Select(m => f.Key.Length > 0 ? $"{f.Key}: {m}" : m)),
    ];

    /// <summary>
    /// Puts the messages into an <see cref="EditForm"/>'s validation store, each under the model property its API field
    /// maps to, so Blazor's input components mark their fields (<c>aria-invalid</c>, the "invalid" class; they drop an
    /// <c>aria-invalid</c> given by hand) and <c>&lt;ValidationMessage For="..." /&gt;</c> can show them. Clears the
    /// store first; fields without a property are left for <see cref="Except"/>.
    /// </summary>
    public void CopyTo(ValidationMessageStore store, EditContext context, IReadOnlyDictionary<string, string> propertyByField)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        store.Clear();
        foreach (var (field, messages) in _byField)
        {
            if (propertyByField.TryGetValue(field, out var property))
            {
                store.Add(context.Field(property), messages);
            }
        }

        context.NotifyValidationStateChanged();
    }

    /// <summary>For the input's <c>aria-describedby</c>: its message's id while it has one, else null (no attribute).</summary>
    public string? DescribedBy(string field) => Has(field) ? MessageId(field) : null;

    /// <summary>For the input's <c>aria-invalid</c>: "true" while it has a message, else null (no attribute).</summary>
    public string? Invalid(string field) => Has(field) ? "true" : null;

    /// <summary>The id of the element showing the field's message.</summary>
    public static string MessageId(string field) => "error-" + string.Concat(field.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}
