using SupplyQuality.Domain.Interchange;
using SupplyQuality.Domain.Interchange.CatenaX;
using SupplyQuality.Domain.Validation;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Mapping;

/// <summary>The Catena-X 8D exchange between the wire and the domain's interchange types.</summary>
public static class CatenaXMapping
{
    /// <summary>The header data the exporter gives; every field is checked against the name limit, empty means not given.</summary>
    public static CatenaXPartyDetails ToDomainParties(this V1.ExportEightDRequest request)
    {
        var check = new InputRules.Checker();
        var parties = new CatenaXPartyDetails
        {
            CustomerContact = Contact(request.CustomerContact, "customer_contact", check),
            SupplierContact = Contact(request.SupplierContact, "supplier_contact", check),
            OrderNumber = Given(request.OrderNumber, "order_number", check),
        };
        check.ThrowIfInvalid();
        return parties;
    }

    public static V1.CatenaXViolation ToProto(this FieldViolation violation) => new() { Path = violation.Field, Rule = violation.Rule };

    private static CatenaXContact? Contact(V1.CatenaXContact? contact, string field, InputRules.Checker check) => contact is null
        ? null
        : new CatenaXContact
        {
            CompanyName = Given(contact.CompanyName, $"{field}.company_name", check),
            Street = Given(contact.Street, $"{field}.street", check),
            City = Given(contact.City, $"{field}.city", check),
            PostalCode = Given(contact.PostalCode, $"{field}.postal_code", check),
            Country = Given(contact.Country, $"{field}.country", check),
            BpnlProperty = Given(contact.BpnlProperty, $"{field}.bpnl_property", check),
            Email = Given(contact.Email, $"{field}.email", check),
            PhoneNumber = Given(contact.PhoneNumber, $"{field}.phone_number", check),
        };

    private static string? Given(string value, string field, InputRules.Checker check)
    {
        check.Text(field, value, InputRules.MaxNameLength, required: false);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
