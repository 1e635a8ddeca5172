using Microsoft.AspNetCore.Components.Forms;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Host.Evidence;

namespace SupplyQuality.Host.Web.Evidence;

/// <summary>
/// Streams a file the browser chose (<see cref="InputFile"/>) into the evidence service: the one path for the workbench's
/// uploads, so every page refuses alike. The content goes through <see cref="EvidenceFiles"/> block by block; a file
/// the browser says is over the limit is refused before a byte crosses the circuit, with the evidence rule's own
/// code (<c>evidence.too_large</c>).
/// </summary>
public static class BrowserEvidenceUpload
{
    /// <summary>
    /// Uploads <paramref name="file"/> to <paramref name="target"/> as <paramref name="caller"/>. Throws what
    /// <see cref="EvidenceFiles.UploadAsync(Caller, EvidenceTarget, string, Stream, CancellationToken)"/> throws
    /// (<see cref="InputValidationException"/> for the file's rules, <see cref="AccessDeniedException"/>,
    /// <see cref="WorkflowRuleException"/>); nothing is stored then.
    /// </summary>
    public static async Task<EvidenceFile> UploadAsync(EvidenceFiles files, Caller caller, EvidenceTarget target, IBrowserFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(file);
        var limits = files.Limits;
        if (file.Size > limits.MaxFileBytes)
        {
            throw new InputValidationException(EvidenceValidationCodes.TooLarge.At(EvidenceLimits.FileField, limits.MaxFileSizeDetail));
        }

        // The browser's size is a claim; the evidence check counts the bytes itself and stops at the limit.
        await using var content = file.OpenReadStream(limits.MaxFileBytes, cancellationToken);
        return await files.UploadAsync(caller, target, file.Name, content, cancellationToken);
    }
}
