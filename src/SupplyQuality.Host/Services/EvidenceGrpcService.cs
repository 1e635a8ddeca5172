using Google.Protobuf;
using Grpc.Core;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Host.Evidence;
using SupplyQuality.Host.Mapping;
using SupplyQuality.Host.Security;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

/// <summary>Evidence files over gRPC: client-streaming upload, server-streaming download (see evidence.proto).</summary>
public sealed class EvidenceGrpcService(EvidenceFiles files, CallerIdentity identity) : V1.EvidenceService.EvidenceServiceBase
{
    /// <summary>Content bytes per download message.</summary>
    public const int DownloadChunkBytes = 64 * 1024;

    public override async Task<V1.EvidenceFile> UploadEvidence(IAsyncStreamReader<V1.UploadEvidenceRequest> requestStream, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        if (!await requestStream.MoveNext(cancellationToken) || requestStream.Current.PartCase != V1.UploadEvidenceRequest.PartOneofCase.Header)
        {
            throw new InputValidationException("header", "is required as the first message (request_id, nonconformance_id or eight_d_id with discipline, file_name)");
        }

        var header = requestStream.Current.Header;
        var check = new InputRules.Checker();
        check.RequestId("request_id", header.RequestId);
        check.ThrowIfInvalid();
        var target = Owner(header.NonconformanceId, header.EightDId) == EvidenceOwnerKind.Nonconformance
            ? EvidenceTarget.Nonconformance(header.NonconformanceId)
            : EvidenceTarget.EightD(header.EightDId, ProtoValues.Enum<Discipline>(header.Discipline));
        await using var content = new GrpcChunkStream(requestStream);
        var file = await files.UploadAsync(context.Caller(identity), target, header.FileName, content, header.RequestId, cancellationToken);
        return file.ToProto();
    }

    public override async Task DownloadEvidence(V1.DownloadEvidenceRequest request, IServerStreamWriter<V1.DownloadEvidenceResponse> responseStream, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var kind = Owner(request.NonconformanceId, request.EightDId);
        string ownerId = kind == EvidenceOwnerKind.Nonconformance ? request.NonconformanceId : request.EightDId;
        await using var download = await files.OpenDownloadAsync(context.Caller(identity), kind, ownerId, request.EvidenceId, cancellationToken);
        await responseStream.WriteAsync(new V1.DownloadEvidenceResponse { File = download.File.ToProto() }, cancellationToken);
        var buffer = new byte[DownloadChunkBytes];
        int read;
        while ((read = await download.Content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await responseStream.WriteAsync(new V1.DownloadEvidenceResponse { Chunk = ByteString.CopyFrom(buffer, 0, read) }, cancellationToken);
        }
    }

    /// <summary>Exactly one of the two owner fields; INVALID_ARGUMENT naming both otherwise.</summary>
    private static EvidenceOwnerKind Owner(string nonconformanceId, string eightDId)
    {
        if ((nonconformanceId.Length > 0) == (eightDId.Length > 0))
        {
            throw new InputValidationException(
                [new FieldViolation("nonconformance_id", "exactly one of nonconformance_id and eight_d_id must be set"),
                 new FieldViolation("eight_d_id", "exactly one of nonconformance_id and eight_d_id must be set")]);
        }

        return nonconformanceId.Length > 0 ? EvidenceOwnerKind.Nonconformance : EvidenceOwnerKind.EightD;
    }
}
