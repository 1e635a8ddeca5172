using Grpc.Core;
using SupplyQuality.Domain.Validation;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Evidence;

/// <summary>
/// The chunks of an UploadEvidence call, after its header, as a read-only stream: each message is read when the
/// previous one is used up, so no more than one chunk is held.
/// </summary>
public sealed class GrpcChunkStream(IAsyncStreamReader<V1.UploadEvidenceRequest> messages) : Stream
{
    private ReadOnlyMemory<byte> _current;
    private bool _ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_current.IsEmpty)
        {
            if (_ended || !await messages.MoveNext(cancellationToken))
            {
                _ended = true;
                return 0;
            }

            var message = messages.Current;
            if (message.PartCase != V1.UploadEvidenceRequest.PartOneofCase.Chunk)
            {
                throw new InputValidationException("header", "must be the first message only; the messages after it carry chunks");
            }

            _current = message.Chunk.Memory;
        }

        int count = Math.Min(buffer.Length, _current.Length);
        _current[..count].CopyTo(buffer);
        _current = _current[count..];
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("read the upload asynchronously");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
