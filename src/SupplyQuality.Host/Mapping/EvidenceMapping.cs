using SupplyQuality.Domain.Evidence;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Mapping;

public static class EvidenceMapping
{
    public static V1.EvidenceFile ToProto(this EvidenceFile file) => new()
    {
        EvidenceId = file.Id,
        FileName = file.FileName,
        ContentType = file.ContentType,
        Length = file.Length,
        Sha256 = file.Sha256,
        UploadedBy = file.UploadedBy,
        UploadedAt = ProtoValues.ToProto(file.UploadedAt),
    };
}
