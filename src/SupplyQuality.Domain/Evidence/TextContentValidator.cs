using System.Buffers;
using System.Text;

namespace SupplyQuality.Domain.Evidence;

/// <summary>
/// Checks, as the bytes pass by, that a whole file is text: no control characters but tab, line feed, form feed and
/// carriage return, and every byte part of a valid character in one encoding. With a byte order mark the encoding is
/// the mark's (UTF-8 or UTF-16); without one, UTF-8 or else GB18030 (a superset of GBK and GB2312, which Excel on a
/// Chinese Windows saves CSV in).
/// </summary>
internal sealed class TextContentValidator
{
    // C0 controls other than \t \n \f \r: a sure sign of binary content.
    private static readonly SearchValues<byte> BinaryBytes = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private static readonly SearchValues<char> BinaryChars = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private readonly char[] _chars = new char[4096];
    private readonly Decoder? _utf16;
    private Decoder? _utf8;
    private Decoder? _gb18030;
    private bool _binary;

    private TextContentValidator(Decoder? utf16, Decoder? utf8, Decoder? gb18030)
    {
        _utf16 = utf16;
        _utf8 = utf8;
        _gb18030 = gb18030;
    }

    /// <summary>Text whose encoding the content tells: UTF-16 by its mark, UTF-8 with or without its mark, else GB18030.</summary>
    public static TextContentValidator For(ReadOnlySpan<byte> prefix)
    {
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new TextContentValidator(new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true).GetDecoder(), null, null);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new TextContentValidator(new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true).GetDecoder(), null, null);
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        bool marked = prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        return new TextContentValidator(null, utf8, marked ? null : Gb18030()?.GetDecoder());
    }

    /// <summary>Whether these bytes, the first of a file, look like text at all (no binary control bytes).</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> prefix) =>
        prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || !prefix.ContainsAny(BinaryBytes);

    public void Append(ReadOnlySpan<byte> data)
    {
        if (_binary)
        {
            return;
        }

        if (_utf16 is not null)
        {
            _binary = Feed(_utf16, data, flush: false, _chars, checkChars: true) is null;
            return;
        }

        if (data.ContainsAny(BinaryBytes))
        {
            _binary = true;
            return;
        }

        _utf8 = Feed(_utf8, data, flush: false, _chars, checkChars: false);
        _gb18030 = Feed(_gb18030, data, flush: false, _chars, checkChars: false);
    }

    /// <summary>The charset of the whole file, or null when it is not text in any of them.</summary>
    public string? Finish()
    {
        if (_binary)
        {
            return null;
        }

        if (_utf16 is not null)
        {
            return Feed(_utf16, [], flush: true, _chars, checkChars: true) is null ? null : "utf-16";
        }

        if (Feed(_utf8, [], flush: true, _chars, checkChars: false) is not null)
        {
            return "utf-8";
        }

        return Feed(_gb18030, [], flush: true, _chars, checkChars: false) is not null ? "gb18030" : null;
    }

    /// <summary>
    /// The decoder while the bytes so far are valid in its encoding (and, with <paramref name="checkChars"/>, hold no
    /// binary control characters); null from the first invalid byte on. Decoding (not only counting) carries a
    /// character split between two chunks over to the next.
    /// </summary>
    private static Decoder? Feed(Decoder? decoder, ReadOnlySpan<byte> data, bool flush, char[] chars, bool checkChars)
    {
        if (decoder is null)
        {
            return null;
        }

        try
        {
            bool completed;
            do
            {
                decoder.Convert(data, chars, flush, out int bytesUsed, out int charsUsed, out completed);
                if (checkChars && chars.AsSpan(0, charsUsed).ContainsAny(BinaryChars))
                {
                    return null;
                }

                data = data[bytesUsed..];
            }
            while (!completed);

            return decoder;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding? Gb18030() =>
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
