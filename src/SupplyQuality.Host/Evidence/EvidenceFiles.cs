using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Security;

namespace SupplyQuality.Host.Evidence;

/// <summary>
/// Evidence files of NCRs and 8D disciplines: the one service behind the gRPC calls, the HTTP download and the web
/// pages. Uploads are checked and authorised before any byte is read, streamed through the checks into blob storage
/// (<see cref="EvidenceBlobStore"/>), and only then recorded on the NCR or 8D, whose history names the file, its
/// SHA-256 and its uploader. Downloads are authorised like reading the NCR or 8D: an unknown owner, another party's
/// owner and an id the owner does not list all get the same <see cref="AccessDeniedException"/>.
/// </summary>
public sealed class EvidenceFiles(
    IGrainFactory grains,
    EvidenceBlobStore store,
    EvidenceSettings settings,
    TimeProvider clock,
    ILogger<EvidenceFiles> logger)
{
    private readonly EvidenceLimits _limits = settings.ToLimits();

    /// <summary>The limits every upload is held to (size, file name).</summary>
    public EvidenceLimits Limits => _limits;

    /// <summary>Uploads a file under a new id (a retry uploads it again: use the overload with a request id to avoid that).</summary>
    public Task<EvidenceFile> UploadAsync(Caller caller, EvidenceTarget target, string fileName, Stream content, CancellationToken cancellationToken) =>
        UploadAsync(caller, target, fileName, content, null, cancellationToken);

    /// <summary>
    /// Uploads a file and attaches it to <paramref name="target"/>. With a <paramref name="requestId"/> the file's id
    /// is derived from the target, the caller's organisation and the request id: a retry returns the first upload's
    /// record and stores nothing new. Throws <see cref="InputValidationException"/> (naming <c>file</c>,
    /// <c>file_name</c>, the owner's id field, <c>discipline</c> or <c>request_id</c>),
    /// <see cref="AccessDeniedException"/>, or <see cref="WorkflowRuleException"/> (closed or withdrawn owner, too many
    /// files); in each case nothing is stored.
    /// </summary>
    public async Task<EvidenceFile> UploadAsync(
        Caller caller,
        EvidenceTarget target,
        string fileName,
        Stream content,
        string? requestId,
        CancellationToken cancellationToken)
    {
        CheckTarget(target, requestId);
        using var check = new EvidenceContentCheck(_limits, fileName);
        var owner = await ReadableOwnerAsync(caller, target.Kind, target.OwnerId);
        AccessCheck.Require(AccessRules.CanAttachEvidence(caller, owner.OemId, owner.SupplierId), caller, $"attach evidence to {target}");

        string evidenceId = requestId is null ? EvidenceIds.New() : EvidenceIds.FromRequest(target.Owner, caller.OrganisationId, requestId);
        if (owner.Find(evidenceId) is { } earlier)
        {
            return earlier;
        }

        // The owner's own rules (closed, withdrawn, too many files) before a byte is stored: a trial on a copy.
        var now = clock.GetUtcNow();
        owner.TryAttach(target, new EvidenceFile(evidenceId, check.FileName, check.ClaimedType.MediaType, 1, new string('0', 64), caller.UserName, now), now);

        string blobName = store.BlobName(target.Kind, target.OwnerId, evidenceId);
        EvidenceFile? file = null;
        var stored = await store.WriteAsync(
            blobName,
            check,
            content,
            checkedContent => file = new EvidenceFile(evidenceId, check.FileName, checkedContent.ContentType, checkedContent.Length, checkedContent.Sha256, caller.UserName, clock.GetUtcNow()),
            cancellationToken);
        bool created = stored is not null;
        if (!created)
        {
            // The same request id finished its upload before and failed to attach it (or is attaching it now).
            file = await store.ReadRecordAsync(blobName, cancellationToken)
                ?? throw new InvalidOperationException($"evidence blob {blobName} exists but has no readable record");
        }

        try
        {
            var attached = await AttachAsync(target, file!);
            logger.LogInformation(
                "Evidence {EvidenceId} ({Length} bytes, {ContentType}, sha256 {Sha256}) attached to {Target} by {User}",
                attached.Id,
                attached.Length,
                attached.ContentType,
                attached.Sha256,
                target,
                caller.UserName);
            return attached;
        }
        catch when (created)
        {
            // Not recorded, so not to be kept: an unreferenced blob would never be served, but it would use space.
            await store.DeleteAsync(blobName);
            throw;
        }
    }

    /// <summary>
    /// Opens a file for download if <paramref name="caller"/> may read its NCR or 8D and the owner lists it. Throws
    /// <see cref="InputValidationException"/> for malformed ids and <see cref="AccessDeniedException"/>, with one
    /// message, for an unknown owner, an owner the caller may not read and an id the owner does not list.
    /// </summary>
    public async Task<EvidenceDownload> OpenDownloadAsync(Caller caller, EvidenceOwnerKind kind, string ownerId, string evidenceId, CancellationToken cancellationToken)
    {
        var check = new InputRules.Checker();
        check.Id(EvidenceTarget.IdField(kind), ownerId);
        check.Id("evidence_id", evidenceId);
        check.ThrowIfInvalid();

        string denial = $"read evidence {evidenceId} of {EvidenceTarget.Segment(kind)} {ownerId} (or it does not exist)";
        var owner = await OwnerAsync(kind, ownerId);
        var file = owner is not null && AccessRules.CanReadRelation(caller, owner.OemId, owner.SupplierId) ? owner.Find(evidenceId) : null;
        AccessCheck.Require(file is not null, caller, denial);

        string blobName = store.BlobName(kind, ownerId, evidenceId);
        var content = await store.OpenReadAsync(blobName, file!, cancellationToken)
            ?? throw new EntityNotFoundException($"evidence_id: the stored content of evidence {evidenceId} is missing");
        return new EvidenceDownload(file!, kind, ownerId, content);
    }

    private static void CheckTarget(EvidenceTarget target, string? requestId)
    {
        var check = new InputRules.Checker();
        check.Id(EvidenceTarget.IdField(target.Kind), target.OwnerId);
        if (target.Kind == EvidenceOwnerKind.EightD)
        {
            check.Defined("discipline", target.Discipline);
        }

        if (requestId is not null)
        {
            check.RequestId("request_id", requestId);
        }

        check.ThrowIfInvalid();
    }

    private async Task<EvidenceOwner> ReadableOwnerAsync(Caller caller, EvidenceOwnerKind kind, string ownerId)
    {
        var owner = await OwnerAsync(kind, ownerId);
        AccessCheck.Require(
            owner is not null && AccessRules.CanReadRelation(caller, owner.OemId, owner.SupplierId),
            caller,
            $"read {(kind == EvidenceOwnerKind.Nonconformance ? "nonconformance" : "8D")} {ownerId} (or it does not exist)");
        return owner!;
    }

    /// <summary>The NCR or 8D, or null when there is none of that id.</summary>
    private async Task<EvidenceOwner?> OwnerAsync(EvidenceOwnerKind kind, string ownerId)
    {
        try
        {
            return kind == EvidenceOwnerKind.Nonconformance
                ? new EvidenceOwner((await grains.GetGrain<INonconformanceGrain>(ownerId).Get()).Record, null)
                : new EvidenceOwner(null, (await grains.GetGrain<IEightDGrain>(ownerId).Get()).Report);
        }
        catch (EntityNotFoundException)
        {
            return null;
        }
    }

    private async Task<EvidenceFile> AttachAsync(EvidenceTarget target, EvidenceFile file)
    {
        var owner = target.Kind == EvidenceOwnerKind.Nonconformance
            ? new EvidenceOwner((await grains.GetGrain<INonconformanceGrain>(target.OwnerId).AttachEvidence(file)).Record, null)
            : new EvidenceOwner(null, (await grains.GetGrain<IEightDGrain>(target.OwnerId).AttachEvidence(target.Discipline, file)).Report);
        // Attaching is idempotent by id: the record the owner keeps is the answer (the first, on a retry).
        return owner.Find(file.Id) ?? file;
    }

    /// <summary>The NCR or the 8D a file belongs to, with what access and attaching need of either.</summary>
    private sealed record EvidenceOwner(Nonconformance? Nonconformance, EightDReport? EightD)
    {
        public string OemId => Nonconformance?.Details.OemId ?? EightD!.OemId;

        public string SupplierId => Nonconformance?.Details.SupplierId ?? EightD!.SupplierId;

        public EvidenceFile? Find(string evidenceId) => Nonconformance is not null
            ? Nonconformance.Evidence.FirstOrDefault(e => e.Id == evidenceId)
            : EightD!.Disciplines.SelectMany(d => d.Evidence).FirstOrDefault(e => e.Id == evidenceId);

        /// <summary>Throws what attaching <paramref name="file"/> would throw; changes nothing (records are immutable).</summary>
        public void TryAttach(EvidenceTarget target, EvidenceFile file, DateTimeOffset now)
        {
            if (Nonconformance is not null)
            {
                _ = Nonconformance.AttachEvidence(file, now);
            }
            else
            {
                _ = EightD!.AttachEvidence(target.Discipline, file);
            }
        }
    }
}
