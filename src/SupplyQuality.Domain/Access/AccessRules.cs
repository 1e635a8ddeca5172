namespace SupplyQuality.Domain.Access;

/// <summary>
/// Who may read and write what. One place, plain C#, the specification of the access matrix:
/// an OEM sees only its own receipts, NCRs, 8Ds and relations; a supplier only what is addressed to it;
/// managers read and never write; administrators keep the directory and read no quality data.
/// </summary>
public static class AccessRules
{
    /// <summary>The OEM's own quality engineers and managers, or the supplier's own quality people.</summary>
    public static bool CanReadRelation(Caller caller, string oemId, string supplierId) =>
        caller.IsConsistent && (IsOemStaff(caller, oemId) || IsSupplierQuality(caller, supplierId));

    /// <summary>Boards and lists spanning all of an OEM's suppliers: the OEM's own staff only.</summary>
    public static bool CanReadOemQuality(Caller caller, string oemId) => caller.IsConsistent && IsOemStaff(caller, oemId);

    /// <summary>A list or board scoped to one OEM, and to one of its suppliers when <paramref name="supplierId"/> is set.</summary>
    public static bool CanReadScope(Caller caller, string oemId, string supplierId) =>
        supplierId.Length > 0 ? CanReadRelation(caller, oemId, supplierId) : CanReadOemQuality(caller, oemId);

    /// <summary>Receipts, NCRs, 8D requests and reviews, escalations: the OEM's quality engineers.</summary>
    public static bool CanWriteOemQuality(Caller caller, string oemId) =>
        caller.IsConsistent && caller.Role == CallerRole.OemQualityEngineer && caller.OrganisationId == oemId;

    /// <summary>Submitting 8D disciplines: the addressed supplier's quality people.</summary>
    public static bool CanAnswerEightD(Caller caller, string supplierId) => caller.IsConsistent && IsSupplierQuality(caller, supplierId);

    /// <summary>
    /// Disputing an NCR and answering the cost charged back with it: the addressed supplier's quality people.
    /// (Resolving the dispute and settling the cost are the OEM's quality engineers', <see cref="CanWriteOemQuality"/>.)
    /// </summary>
    public static bool CanAnswerNonconformance(Caller caller, string supplierId) => caller.IsConsistent && IsSupplierQuality(caller, supplierId);

    /// <summary>
    /// Seeing and saving the supplier's unsubmitted 8D drafts: the addressed supplier's quality people only; the OEM's
    /// side sees what is submitted.
    /// </summary>
    public static bool CanSeeEightDDrafts(Caller caller, string supplierId) => caller.IsConsistent && IsSupplierQuality(caller, supplierId);

    /// <summary>Attaching evidence files to an NCR or an 8D discipline: the OEM's quality engineers or the addressed supplier's quality people.</summary>
    public static bool CanAttachEvidence(Caller caller, string oemId, string supplierId) =>
        CanWriteOemQuality(caller, oemId) || (caller.IsConsistent && IsSupplierQuality(caller, supplierId));

    /// <summary>Registering OEMs, suppliers and parts.</summary>
    public static bool CanManageDirectory(Caller caller) => caller.IsConsistent && caller.Role == CallerRole.Administrator;

    /// <summary>Sourcing links: administrators, or the OEM's own quality engineers for their OEM.</summary>
    public static bool CanLinkSourcing(Caller caller, string oemId) => CanManageDirectory(caller) || CanWriteOemQuality(caller, oemId);

    /// <summary>An OEM's directory entry (with its suppliers): administrators and the OEM's own staff.</summary>
    public static bool CanReadOem(Caller caller, string oemId) => CanManageDirectory(caller) || CanReadOemQuality(caller, oemId);

    /// <summary>Supplier and part master data (names, descriptions) is not confidential to any signed-in caller.</summary>
    public static bool CanReadMasterData(Caller caller) => caller.IsConsistent;

    /// <summary>
    /// Everything an OEM owns, in one archive (to back up or to move): administrators and the OEM's managers, not its
    /// engineers, since the archive holds every record at once.
    /// </summary>
    public static bool CanExportOem(Caller caller, string oemId) =>
        CanManageDirectory(caller)
        || (caller.IsConsistent && caller.Kind == OrganisationKind.Oem && caller.OrganisationId == oemId && caller.Role == CallerRole.OemManager);

    private static bool IsOemStaff(Caller caller, string oemId) =>
        caller.Kind == OrganisationKind.Oem && caller.OrganisationId == oemId &&
        caller.Role is CallerRole.OemQualityEngineer or CallerRole.OemManager;

    private static bool IsSupplierQuality(Caller caller, string supplierId) =>
        caller.Kind == OrganisationKind.Supplier && caller.OrganisationId == supplierId && caller.Role == CallerRole.SupplierQuality;
}
