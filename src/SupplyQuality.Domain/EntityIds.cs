using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SupplyQuality.Domain;

/// <summary>
/// Server-assigned ids, derived from the creating organisation and the client's request id.
/// The same request id always names the same record, so a retry reaches the record the first attempt
/// created (even after a restart) and creates nothing new, without an idempotency table.
/// </summary>
public static class EntityIds
{
    // Crockford base32: no I, L, O, U, so ids read well aloud and on paper.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Nonconformance(string oemId, string requestId) => Derive("NCR", oemId, requestId);

    public static string EightD(string oemId, string requestId) => Derive("8D", oemId, requestId);

    public static string Receipt(string oemId, string requestId) => Derive("RCV", oemId, requestId);

    public static string Escalation(string oemId, string requestId) => Derive("ESC", oemId, requestId);

    private static string Derive(string prefix, string oemId, string requestId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{prefix}\n{oemId}\n{requestId}"), hash);
        // 60 bits: collisions need about a billion records of one OEM.
        ulong bits = BinaryPrimitives.ReadUInt64LittleEndian(hash);
        var text = new StringBuilder(prefix.Length + 13).Append(prefix).Append('-');
        for (int i = 0; i < 12; i++)
        {
            text.Append(Alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }

        return text.ToString();
    }
}
