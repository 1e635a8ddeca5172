using Microsoft.Playwright;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>Files for browser uploads, built in memory: the content decides their type, as the hub checks it.</summary>
public static class SampleFiles
{
    public static FilePayload Png(string name, int length = 4_000) =>
        new() { Name = name, MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Noise(length - 8)] };

    public static FilePayload Pdf(string name, int length = 8_000) =>
        new() { Name = name, MimeType = "application/pdf", Buffer = [.. "%PDF-1.7\n"u8, .. Noise(length - 9)] };

    /// <summary>A Windows program under the name and type of a PDF.</summary>
    public static FilePayload ProgramNamedPdf(string name) =>
        new() { Name = name, MimeType = "application/pdf", Buffer = [.. "MZ"u8, 0x90, 0x00, .. Noise(6_000)] };

    public static FilePayload Empty(string name) => new() { Name = name, MimeType = "image/png", Buffer = [] };

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }
}
