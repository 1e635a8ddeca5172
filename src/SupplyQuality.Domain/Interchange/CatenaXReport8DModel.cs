using System.Text.RegularExpressions;
using static SupplyQuality.Domain.Interchange.CatenaXSchemaNode;

namespace SupplyQuality.Domain.Interchange;

/// <summary>
/// The facts of the Catena-X aspect model <c>io.catenax.report_8d</c> version 1.0.0 (status "release", Eclipse
/// Tractus-X sldt-semantic-models, licensed CC-BY-4.0, https://creativecommons.org/licenses/by/4.0/) that the hub
/// checks payloads against: which properties each entity has and which of them are required, their datatypes, the
/// regular expressions of the shared traits it uses (io.catenax.shared.quality_core 1.0.0 ISO8601LocalDate,
/// io.catenax.shared.contact_information 4.0.0 EMailTrait and PhoneNumberTrait, io.catenax.shared.business_partner_number
/// 2.0.0 BpnlTrait, io.catenax.shared.uuid 2.0.0 UuidV4Trait) and its enumerations. Written for the hub from the
/// published model; none of the model's files are copied.
/// </summary>
public static partial class CatenaXReport8DModel
{
    public const string Namespace = "io.catenax.report_8d";

    public const string Version = "1.0.0";

    public const string AspectUrn = "urn:samm:io.catenax.report_8d:1.0.0#Report8D";

    public const string Licence = "CC-BY-4.0";

    public const string Source = "https://github.com/eclipse-tractusx/sldt-semantic-models/tree/main/io.catenax.report_8d/1.0.0";

    /// <summary>The model's StatusEnumeration, the implementation status of a measure.</summary>
    public static IReadOnlyList<string> MeasureStatuses { get; } = ["closed", "open", "in progress"];

    /// <summary>ISO8601LocalDate: yyyy-mm-dd with the days each month can have (29 for February), or the literal null/NULL
    /// for an unknown date. The model writes the month lists as [1,3,5,7,8] and [0,2]; its description says which months
    /// are meant, so the commas, which would also let "0," through, are read as separators.</summary>
    [GeneratedRegex(@"^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|[12][0-9]))|null|NULL)\z", RegexOptions.CultureInvariant)]
    internal static partial Regex LocalDatePattern();

    [GeneratedRegex(@"^BPNL[a-zA-Z0-9]{12}\z", RegexOptions.CultureInvariant)]
    internal static partial Regex BpnlPattern();

    [GeneratedRegex(@"^[a-zA-Z0-9.!#$%&?*+/=?^_`{|}~-]+@[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\z", RegexOptions.CultureInvariant)]
    internal static partial Regex EmailPattern();

    [GeneratedRegex(@"^[+]?[0-9 ]+\z", RegexOptions.CultureInvariant)]
    internal static partial Regex PhoneNumberPattern();

    [GeneratedRegex(@"^(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\z", RegexOptions.CultureInvariant)]
    internal static partial Regex UuidPattern();

    /// <summary>The Report8D aspect as the validator walks it.</summary>
    internal static Entity Aspect { get; } = BuildAspect();

    private static Entity BuildAspect()
    {
        var text = new Text("Text");
        var uniqueId = new Text("UniqueID");
        var date = new Text("ISO8601LocalDate", LocalDatePattern(), "a date yyyy-mm-dd (or null)");
        var bpnl = new Text("BpnlTrait", BpnlPattern(), "BPNL followed by 12 letters or digits");
        var email = new Text("EMailTrait", EmailPattern(), "an e-mail address");
        var phone = new Text("PhoneNumberTrait", PhoneNumberPattern(), "digits and spaces with an optional leading +");
        var uuid = new Text("UuidV4Trait", UuidPattern(), "a UUID, optionally prefixed urn:uuid:");
        var percentage = new WholeNumber("Percentage");
        var typeOfCauses = new Text("TypeOfCausesEnumeration", Values: CatenaXCauseTypes.All);
        var status = new Text("StatusEnumeration", Values: MeasureStatuses);

        static Property Required(string name, CatenaXSchemaNode node) => new(name, node, true);
        static Property Optional(string name, CatenaXSchemaNode node) => new(name, node, false);

        var additionalInformation = new List("AdditionalInformationList", new Entity("AdditionalInformation",
        [
            Required("key", text),
            Required("value", text),
        ]));
        var contact = new Entity("ContactEntity",
        [
            Required("companyName", text),
            Optional("street", text),
            Required("city", text),
            Optional("postalCode", text),
            Required("country", text),
            Required("bpnlProperty", bpnl),
            Required("email", email),
            Optional("phoneNumber", phone),
        ]);
        var part = new Entity("PartEntity",
        [
            Optional("supplierPartNumber", text),
            Required("customerPartNumber", text),
            Required("orderNumber", text),
            Optional("serialNumber", uniqueId),
            Optional("batchNumber", text),
            Optional("partName", text),
            Optional("hwVersion", text),
            Optional("partId", uuid),
        ]);
        var person = new Entity("PersonEntity",
        [
            Required("name", text),
            Optional("department", text),
            Optional("role", text),
            Optional("phoneNumber", phone),
            Required("email", email),
        ]);
        var measures = new List("MeasuresList", new Entity("Measure",
        [
            Required("introductionDate", date),
            Optional("responsiblePerson", text),
            Optional("causeAssignment", text),
            Required("proofOfEffectiveness", text),
            Optional("effectivenessResult", percentage),
            Optional("status", status),
            Required("measure", text),
        ]));
        var interimContainmentActions = new List("DescriptionOfInterimContainmentActionList", new Entity("DescriptionofInterimContainmentAction",
        [
            Required("proofOfEffectiveness", text),
            Optional("effectivenessResult", percentage),
            Required("introductionDate", date),
            Optional("responsiblePerson", text),
            Optional("riskOfImmediateMeasure", text),
            Optional("methodForEffectivenessCheck", text),
        ]));
        var causes = new List("CauseList", new Entity("Cause",
        [
            Required("typeOfCauses", typeOfCauses),
            Required("causeHypothesisDescription", text),
            Optional("verificationBy", text),
            Required("clarificationDate", date),
            Required("result", text),
            Optional("method", text),
            Optional("report", text),
            Optional("errorCauseCategory", text),
        ]));

        var header = new Entity("HeaderEntity",
        [
            Required("complaintDate", date),
            Required("lastRevisionDate", date),
            Optional("title", text),
            Required("customerComplaintId", text),
            Optional("supplierComplaintId", text),
            Required("customerContact", contact),
            Optional("supplierContact", contact),
            Required("parts", new List("PartCharacteristic", part)),
            Optional("complaintLocation", text),
            Required("supplierId", uniqueId),
            Optional("supplierName", text),
            Optional("qualityTaskId", uuid),
            Optional("additionalInformationList", additionalInformation),
        ]);
        return new Entity("Report8D",
        [
            Required("header", header),
            Optional("stepD0", new Entity("StepD0Entity",
            [
                Required("defineEmergencyResponseAction", measures),
                Required("customerComplaintId", text),
                Optional("supplierComplaintId", text),
                Required("problemDescription", text),
                Required("complaintDate", date),
                Optional("complaintLocation", text),
                Optional("additionalInformationList", additionalInformation),
            ])),
            Optional("stepD1", new Entity("StepD1Entity",
            [
                Optional("sponsor", person),
                Optional("teamLeader", person),
                Required("contactPerson", person),
                Optional("teamMembers", new List("TeamMemberList", person)),
            ])),
            Optional("stepD2", new Entity("StepD2Entity",
            [
                Required("symptomDescription", text),
                Required("problemDescription", text),
                Optional("errorType", text),
                Required("riskAssessmentStarted", date),
                Optional("riskAssessmentUpdated", date),
                Optional("qualityTaskAttachmentId", uniqueId),
                Optional("errorLocation", text),
                Optional("additionalInformationList", additionalInformation),
            ])),
            Optional("stepD3", new Entity("StepD3Entity",
            [
                Required("descriptionOfInterimContainmentActions", interimContainmentActions),
                Optional("additionalInformationList", additionalInformation),
            ])),
            Optional("stepD4", new Entity("StepD4Entity",
            [
                Required("causes", causes),
                Optional("additionalInformationList", additionalInformation),
            ])),
            Optional("stepD5", new Entity("StepD5Entity",
            [
                Required("definePermanentCorrectiveActions", measures),
                Optional("additionalInformationList", additionalInformation),
            ])),
            Optional("stepD6", new Entity("StepD6Entity",
            [
                Required("implementedCorrectiveMeasures", measures),
                Optional("additionalInformationList", additionalInformation),
            ])),
            Optional("stepD7", new Entity("StepD7Entity",
            [
                Required("errorPreventiveMeasures", measures),
                Optional("additionalInformationList", additionalInformation),
            ])),
            Optional("stepD8", new Entity("StepD8Entity",
            [
                Optional("resultAssesment", text),
                Required("closingDate", date),
            ])),
        ]);
    }
}
