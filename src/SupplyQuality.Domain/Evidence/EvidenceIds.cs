using System.Security.Cryptography;
using System.Text;

namespace SupplyQuality.Domain.Evidence;

/// <summary>
/// Evidence ids: <c>EVD-</c> and 26 Crockford base32 characters (128 bits). Random for an upload without a request id;
/// derived from the owner, the uploader's organisation and the request id otherwise, so a retried upload reaches the
/// same id and the first result (like <see cref="EntityIds"/>, but per uploading organisation: the OEM and the
/// supplier both upload to one NCR, each with its own request ids).
/// </summary>
public static class EvidenceIds
{
    public const string Prefix = "EVD-";

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => Encode(Guid.NewGuid().ToByteArray());

    /// <param name="owner">The owner as blobs name it: <c>ncr/{id}</c>, <c>8d/{id}/{discipline}</c>.</param>
    public static string FromRequest(string owner, string organisationId, string requestId) =>
        Encode(SHA256.HashData(Encoding.UTF8.GetBytes($"EVD\n{owner}\n{organisationId}\n{requestId}")).AsSpan(0, 16));

    private static string Encode(ReadOnlySpan<byte> bits128)
    {
        var text = new StringBuilder(Prefix.Length + 26).Append(Prefix);
        int buffer = 0;
        int bits = 0;
        foreach (byte b in bits128)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }
}
