using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Evidence files on the real hub and Azurite, over gRPC and HTTP GET: a photo on an NCR and a PDF on an 8D
/// discipline come back byte for byte with their SHA-256 and uploader in the history; oversize, disguised and empty
/// files are refused with INVALID_ARGUMENT naming `file` and leave nothing in storage (not even staged blocks); a
/// second supplier, another OEM and unknown ids all get one and the same answer.
/// </summary>
[Collection(IsolatedHubsCollection.Name)]
public sealed class EvidenceTests(EvidenceHub hub) : IClassFixture<EvidenceHub>
{
    private const string AnyEvidenceId = "EVD-0000000000000000000000000";

    [Fact]
    public async Task A_photo_on_an_NCR_and_a_PDF_on_an_8D_discipline_come_back_byte_for_byte_with_sha256_and_uploader_in_the_history()
    {
        var w = await TwoOemWorld.CreateAsync(hub.Hub);
        // Over one staged block (1 MiB): stored in two blocks, committed as one file.
        byte[] photo = Jpeg(1_100_000);
        byte[] pdf = Pdf(150_000);

        var photoFile = await hub.UploadAsync(w.SqeA.Token, new EvidenceUploadHeader { RequestId = "photo-1", NonconformanceId = w.NcrA, FileName = "焊缝裂纹 weld crack.jpg" }, photo);
        var pdfFile = await hub.UploadAsync(
            w.SupplierS.Token,
            new EvidenceUploadHeader { RequestId = "sorting-report", EightDId = w.EightDA, Discipline = Discipline.D3Containment, FileName = "Sorting report 分选报告.pdf" },
            pdf,
            chunkBytes: 1000 * 1000);

        Assert.Equal(Sha256(photo), photoFile.Sha256);
        Assert.Equal(photo.Length, photoFile.Length);
        Assert.Equal("image/jpeg", photoFile.ContentType);
        Assert.Equal(w.SqeA.UserName, photoFile.UploadedBy);
        Assert.Equal("焊缝裂纹 weld crack.jpg", photoFile.FileName);
        Assert.Equal("application/pdf", pdfFile.ContentType);
        Assert.Equal(w.SupplierS.UserName, pdfFile.UploadedBy);

        // Both sides read both files, exactly as uploaded.
        foreach (var reader in new[] { w.SqeA, w.ManagerA, w.SupplierS })
        {
            var (photoRecord, photoBytes) = await hub.DownloadAsync(reader.Token, new DownloadEvidenceRequest { NonconformanceId = w.NcrA, EvidenceId = photoFile.EvidenceId });
            Assert.Equal(photoFile, photoRecord);
            Assert.Equal(photo, photoBytes);
            var (pdfRecord, pdfBytes) = await hub.DownloadAsync(reader.Token, new DownloadEvidenceRequest { EightDId = w.EightDA, EvidenceId = pdfFile.EvidenceId });
            Assert.Equal(pdfFile, pdfRecord);
            Assert.Equal(pdf, pdfBytes);
        }

        // The NCR and the 8D list them, and their histories name the file, its SHA-256 and who uploaded it.
        var ncr = await w.SupplierS.Clients.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = w.NcrA }, SecurityProbe.Options());
        Assert.Equal(photoFile, Assert.Single(ncr.Evidence));
        Assert.Contains(ncr.History, h => h.Actor == w.SqeA.UserName && h.Detail.Contains(photoFile.Sha256, StringComparison.Ordinal) && h.Detail.Contains("焊缝裂纹 weld crack.jpg", StringComparison.Ordinal));
        var eightD = await w.SqeA.Clients.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = w.EightDA }, SecurityProbe.Options());
        Assert.Equal(pdfFile, Assert.Single(eightD.Disciplines.Single(d => d.Discipline == Discipline.D3Containment).Evidence));
        Assert.All(eightD.Disciplines.Where(d => d.Discipline != Discipline.D3Containment), d => Assert.Empty(d.Evidence));
        Assert.Contains(eightD.History, h => h.Actor == w.SupplierS.UserName && h.Detail.Contains(pdfFile.Sha256, StringComparison.Ordinal));

        // Storage holds the two files, each with its SHA-256 in its metadata.
        var stored = (await hub.StoredBlobsAsync()).Where(b => b.Name.Contains(w.NcrA, StringComparison.Ordinal) || b.Name.Contains(w.EightDA, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, stored.Count);
        Assert.Contains(stored, b => b.Name.EndsWith($"/ncr/{w.NcrA}/{photoFile.EvidenceId}", StringComparison.Ordinal) && b.Metadata["sha256"] == photoFile.Sha256);
        Assert.Contains(stored, b => b.Name.EndsWith($"/8d/{w.EightDA}/{pdfFile.EvidenceId}", StringComparison.Ordinal) && b.Metadata["sha256"] == pdfFile.Sha256);
    }

    [Fact]
    public async Task Over_HTTP_a_file_downloads_with_its_detected_type_and_is_never_sniffed()
    {
        var w = await TwoOemWorld.CreateAsync(hub.Hub);
        byte[] photo = Jpeg(40_000);
        byte[] pdf = Pdf(20_000);
        var photoFile = await hub.UploadAsync(w.SupplierS.Token, new EvidenceUploadHeader { RequestId = "p", NonconformanceId = w.NcrA, FileName = "bore.jpeg" }, photo);
        var pdfFile = await hub.UploadAsync(w.SupplierS.Token, new EvidenceUploadHeader { RequestId = "r", EightDId = w.EightDA, Discipline = Discipline.D4RootCause, FileName = "5-why 分析.pdf" }, pdf);
        using var http = hub.Http(w.SqeA.Token);

        using var photoResponse = await http.GetAsync($"/v1/evidence/ncr/{w.NcrA}/{photoFile.EvidenceId}");
        Assert.Equal(HttpStatusCode.OK, photoResponse.StatusCode);
        Assert.Equal(photo, await photoResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", photoResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(photoResponse.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("inline", photoResponse.Content.Headers.ContentDisposition?.DispositionType);

        using var pdfResponse = await http.GetAsync($"/v1/evidence/8d/{w.EightDA}/{pdfFile.EvidenceId}");
        Assert.Equal(HttpStatusCode.OK, pdfResponse.StatusCode);
        Assert.Equal(pdf, await pdfResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdfResponse.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("5-why 分析.pdf", pdfResponse.Content.Headers.ContentDisposition?.FileNameStar);

        using var anonymous = hub.Http(null);
        using var unauthenticated = await anonymous.GetAsync($"/v1/evidence/ncr/{w.NcrA}/{photoFile.EvidenceId}");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    [Fact]
    public async Task REST_partners_upload_with_a_POST_under_the_same_checks_and_answers()
    {
        var w = await TwoOemWorld.CreateAsync(hub.Hub);
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        byte[] csv = gb18030.GetBytes("特性,名义值,实测值\n孔径,12.000,12.041\n");
        using var http = hub.Http(w.SupplierS.Token);

        using var created = await http.PostAsync($"/v1/evidence/8d/{w.EightDA}?discipline=D4&requestId=cmm-1&fileName={Uri.EscapeDataString("三坐标测量.csv")}", new ByteArrayContent(csv));
        string body = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var json = JsonDocument.Parse(body);
        string evidenceId = json.RootElement.GetProperty("evidenceId").GetString()!;
        Assert.Equal("text/csv; charset=gb18030", json.RootElement.GetProperty("contentType").GetString());
        Assert.Equal(Sha256(csv), json.RootElement.GetProperty("sha256").GetString());
        Assert.Equal($"/v1/evidence/8d/{w.EightDA}/{evidenceId}", created.Headers.Location?.OriginalString);
        using var download = await hub.Http(w.SqeA.Token).GetAsync(created.Headers.Location);
        Assert.Equal(csv, await download.Content.ReadAsByteArrayAsync());
        var eightD = await w.SqeA.Clients.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = w.EightDA }, SecurityProbe.Options());
        Assert.Equal(evidenceId, Assert.Single(eightD.Disciplines.Single(d => d.Discipline == Discipline.D4RootCause).Evidence).EvidenceId);

        // Larger than the REST body limit (1 MiB) but within the evidence limit: accepted.
        using var large = await http.PostAsync($"/v1/evidence/ncr/{w.NcrA}?requestId=big&fileName=big.jpg", new ByteArrayContent(Jpeg(1_100_000)));
        Assert.Equal(HttpStatusCode.Created, large.StatusCode);

        var cases = new (HttpClient Client, string Path, byte[] Content, HttpStatusCode Status, int Code, string Message)[]
        {
            (http, $"/v1/evidence/ncr/{w.NcrA}?requestId=x&fileName=photo.jpg", WindowsProgram(10_000), HttpStatusCode.BadRequest, 3, "file: the content is a Windows program (EXE or DLL), but the name 'photo.jpg' ends in .jpg"),
            (http, $"/v1/evidence/ncr/{w.NcrA}?requestId=x&fileName=photo.jpg", Jpeg(2_000_000), HttpStatusCode.BadRequest, 3, $"file: must be at most {EvidenceHub.MaxFileBytes} bytes"),
            (http, $"/v1/evidence/ncr/{w.NcrA}?requestId=x&fileName=photo.jpg", [], HttpStatusCode.BadRequest, 3, "file: is empty"),
            (http, $"/v1/evidence/ncr/{w.NcrA}?fileName=photo.jpg", Jpeg(100), HttpStatusCode.BadRequest, 3, "request_id:"),
            (http, $"/v1/evidence/8d/{w.EightDA}?requestId=x&discipline=D9&fileName=photo.jpg", Jpeg(100), HttpStatusCode.BadRequest, 3, "discipline:"),
            (hub.Http(w.OtherSupplier.Token), $"/v1/evidence/ncr/{w.NcrA}?requestId=x&fileName=photo.jpg", Jpeg(100), HttpStatusCode.Forbidden, 7, ""),
        };
        foreach (var (client, path, content, status, code, message) in cases)
        {
            using var refused = await client.PostAsync(path, new ByteArrayContent(content));
            using var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal(status, refused.StatusCode);
            Assert.Equal(code, error.RootElement.GetProperty("code").GetInt32());
            Assert.StartsWith(message, error.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Single(await BlobsOfAsync(w.NcrA));
        Assert.Single(await BlobsOfAsync(w.EightDA));
    }

    [Fact]
    public async Task A_retried_upload_with_the_same_request_id_answers_the_first_record_and_stores_one_file()
    {
        var w = await TwoOemWorld.CreateAsync(hub.Hub);
        byte[] photo = Jpeg(30_000);
        var header = new EvidenceUploadHeader { RequestId = "retry-me", NonconformanceId = w.NcrA, FileName = "crack.png.jpg" };

        var first = await hub.UploadAsync(w.SupplierS.Token, header, photo);
        var second = await hub.UploadAsync(w.SupplierS.Token, header, photo);

        Assert.Equal(first, second);
        var ncr = await w.SqeA.Clients.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = w.NcrA }, SecurityProbe.Options());
        Assert.Single(ncr.Evidence);
        Assert.Single(await BlobsOfAsync(w.NcrA));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "oversize", $"file: must be at most {EvidenceHub.MaxFileBytes} bytes" },
        { "empty", "file: is empty" },
        { "program named .jpg", "file: the content is a Windows program (EXE or DLL), but the name 'photo.jpg' ends in .jpg; such files are not accepted" },
        { "PNG named .pdf", "file: the content is a PNG image, but the name 'report.pdf' ends in .pdf; give it the extension .png" },
        { "text turning binary after the first block", "file: the content is binary content that starts like text, but the name 'cmm.csv' ends in .csv" },
        { "program name", "file_name: must end in the extension of an accepted type" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Oversize_disguised_and_empty_files_are_refused_with_a_clear_message_and_nothing_is_stored(string upload, string message)
    {
        var w = await TwoOemWorld.CreateAsync(hub.Hub);
        var (fileName, content) = upload switch
        {
            "oversize" => ("photo.jpg", Jpeg(2_000_000)),
            "empty" => ("photo.jpg", []),
            "program named .jpg" => ("photo.jpg", WindowsProgram(600_000)),
            "PNG named .pdf" => ("report.pdf", Png(5_000)),
            "text turning binary after the first block" => ("cmm.csv", [.. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("bore,12.000,12.041\n", 60_000))), 0, 1, 2, 3]),
            "program name" => ("setup.exe", WindowsProgram(10_000)),
            _ => throw new ArgumentOutOfRangeException(nameof(upload)),
        };

        var e = await Assert.ThrowsAsync<RpcException>(() => hub.UploadAsync(w.SupplierS.Token, new EvidenceUploadHeader { RequestId = upload, NonconformanceId = w.NcrA, FileName = fileName }, content));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.StartsWith(message, e.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(await BlobsOfAsync(w.NcrA));
        var ncr = await w.SqeA.Clients.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = w.NcrA }, SecurityProbe.Options());
        Assert.Empty(ncr.Evidence);
        Assert.DoesNotContain(ncr.History, h => h.Action.Contains("evidence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_supplier_and_another_OEM_get_the_same_answer_for_a_file_as_for_a_missing_one_over_gRPC_and_HTTP()
    {
        var w = await TwoOemWorld.CreateAsync(hub.Hub);
        var file = await hub.UploadAsync(w.SupplierS.Token, new EvidenceUploadHeader { RequestId = "secret", NonconformanceId = w.NcrA, FileName = "drawing.pdf" }, Pdf(10_000));
        string ncr = w.NcrA;
        string missingNcr = "NCR-000000000000";

        foreach (var outsider in new[] { w.OtherSupplier, w.SqeB, w.ManagerB })
        {
            // gRPC: the real file, a missing id on the real NCR, the real id on a missing NCR.
            var real = await DeniedAsync(outsider, new DownloadEvidenceRequest { NonconformanceId = ncr, EvidenceId = file.EvidenceId });
            var missingId = await DeniedAsync(outsider, new DownloadEvidenceRequest { NonconformanceId = ncr, EvidenceId = AnyEvidenceId });
            var missingOwner = await DeniedAsync(outsider, new DownloadEvidenceRequest { NonconformanceId = missingNcr, EvidenceId = file.EvidenceId });
            Assert.Equal(StatusCode.PermissionDenied, real.StatusCode);
            Assert.Equal(Generic(real, file.EvidenceId, ncr), Generic(missingId, AnyEvidenceId, ncr));
            Assert.Equal(Generic(real, file.EvidenceId, ncr), Generic(missingOwner, file.EvidenceId, missingNcr));

            // HTTP GET: one 404 for all three.
            using var http = hub.Http(outsider.Token);
            var realHttp = await GetAsync(http, $"/v1/evidence/ncr/{ncr}/{file.EvidenceId}");
            var missingIdHttp = await GetAsync(http, $"/v1/evidence/ncr/{ncr}/{AnyEvidenceId}");
            var missingOwnerHttp = await GetAsync(http, $"/v1/evidence/ncr/{missingNcr}/{file.EvidenceId}");
            Assert.Equal(HttpStatusCode.NotFound, realHttp.Status);
            Assert.Equal((realHttp.Status, realHttp.Body.Replace(file.EvidenceId, "ID", StringComparison.Ordinal)), (missingIdHttp.Status, missingIdHttp.Body.Replace(AnyEvidenceId, "ID", StringComparison.Ordinal)));
            Assert.Equal((realHttp.Status, realHttp.Body.Replace(ncr, "NCR", StringComparison.Ordinal)), (missingOwnerHttp.Status, missingOwnerHttp.Body.Replace(missingNcr, "NCR", StringComparison.Ordinal)));
            Assert.DoesNotContain("drawing", realHttp.Body, StringComparison.Ordinal);
        }

        // The supplier it belongs to is told the same for an id its NCR does not list.
        var ownMissing = await DeniedAsync(w.SupplierS, new DownloadEvidenceRequest { NonconformanceId = ncr, EvidenceId = AnyEvidenceId });
        Assert.Equal(StatusCode.PermissionDenied, ownMissing.StatusCode);
    }

    [Fact]
    public async Task Only_the_OEMs_engineers_and_the_addressed_supplier_may_upload_and_nothing_is_stored_for_the_others()
    {
        var w = await TwoOemWorld.CreateAsync(hub.Hub);
        foreach (var party in new[] { w.OtherSupplier, w.SqeB, w.ManagerA, w.Admin })
        {
            var e = await Assert.ThrowsAsync<RpcException>(() => hub.UploadAsync(party.Token, new EvidenceUploadHeader { RequestId = "x", NonconformanceId = w.NcrA, FileName = "photo.jpg" }, Jpeg(5_000)));
            Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);
        }

        var missingOwner = await Assert.ThrowsAsync<RpcException>(() => hub.UploadAsync(w.SupplierS.Token, new EvidenceUploadHeader { RequestId = "x", EightDId = "8D-000000000000", Discipline = Discipline.D3Containment, FileName = "photo.jpg" }, Jpeg(5_000)));
        Assert.Equal(StatusCode.PermissionDenied, missingOwner.StatusCode);
        Assert.Empty(await BlobsOfAsync(w.NcrA));
    }

    [Fact]
    public async Task Headers_are_checked_before_any_content()
    {
        var w = await TwoOemWorld.CreateAsync(hub.Hub);
        var both = await Assert.ThrowsAsync<RpcException>(() => hub.UploadAsync(w.SupplierS.Token, new EvidenceUploadHeader { RequestId = "x", NonconformanceId = w.NcrA, EightDId = w.EightDA, FileName = "a.jpg" }, Jpeg(100)));
        var noDiscipline = await Assert.ThrowsAsync<RpcException>(() => hub.UploadAsync(w.SupplierS.Token, new EvidenceUploadHeader { RequestId = "x", EightDId = w.EightDA, FileName = "a.jpg" }, Jpeg(100)));
        var noRequestId = await Assert.ThrowsAsync<RpcException>(() => hub.UploadAsync(w.SupplierS.Token, new EvidenceUploadHeader { NonconformanceId = w.NcrA, FileName = "a.jpg" }, Jpeg(100)));
        var path = await Assert.ThrowsAsync<RpcException>(() => hub.UploadAsync(w.SupplierS.Token, new EvidenceUploadHeader { RequestId = "x", NonconformanceId = w.NcrA, FileName = "../a.jpg" }, Jpeg(100)));

        Assert.All(new[] { both, noDiscipline, noRequestId, path }, e => Assert.Equal(StatusCode.InvalidArgument, e.StatusCode));
        Assert.Contains("nonconformance_id: exactly one of nonconformance_id and eight_d_id", both.Status.Detail, StringComparison.Ordinal);
        Assert.StartsWith("discipline:", noDiscipline.Status.Detail, StringComparison.Ordinal);
        Assert.StartsWith("request_id:", noRequestId.Status.Detail, StringComparison.Ordinal);
        Assert.StartsWith("file_name: must be a file name without a folder", path.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OEM_archive_carries_the_files_checked_and_they_arrive_byte_for_byte_in_another_hub()
    {
        var w = await TwoOemWorld.CreateAsync(hub.Hub);
        byte[] photo = Jpeg(300_000);
        byte[] pdf = Pdf(50_000);
        var photoFile = await hub.UploadAsync(w.SqeA.Token, new EvidenceUploadHeader { RequestId = "a-photo", NonconformanceId = w.NcrA, FileName = "裂纹.jpg" }, photo);
        var pdfFile = await hub.UploadAsync(w.SupplierS.Token, new EvidenceUploadHeader { RequestId = "a-pdf", EightDId = w.EightDA, Discipline = Discipline.D3Containment, FileName = "sorting.pdf" }, pdf);

        byte[] archive = await ExportAsync(w.ManagerA.Clients, w.OemA);
        string photoEntry = $"evidence/ncr/{w.NcrA}/{photoFile.EvidenceId}";
        string pdfEntry = $"evidence/8d/{w.EightDA}/{pdfFile.EvidenceId}";
        Assert.Equal(photo, Entry(archive, photoEntry));
        Assert.Equal(pdf, Entry(archive, pdfEntry));

        await using var targetStorage = await AzuriteProcess.StartAsync();
        await using var target = await HubProcess.StartAsync(targetStorage);
        var targetAdmin = target.As(target.Tokens.Mint("PLATFORM", "platform", "administrator"));

        // A file swapped in the archive is found before anything is written.
        byte[] swapped = Replace(archive, photoEntry, WindowsProgram(photo.Length));
        var refused = await Assert.ThrowsAsync<RpcException>(() => ImportAsync(targetAdmin, swapped));
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(photoEntry, refused.Status.Detail, StringComparison.Ordinal);
        var notThere = await Assert.ThrowsAsync<RpcException>(() => targetAdmin.Directory.GetOemAsync(new GetOemRequest { OemId = w.OemA }, SecurityProbe.Options()).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, notThere.StatusCode);

        await ImportAsync(targetAdmin, archive);
        string supplierToken = target.Tokens.Mint(w.S, "supplier", "supplier_quality");
        var (photoThere, photoBytes) = await EvidenceHub.DownloadAsync(target, supplierToken, new DownloadEvidenceRequest { NonconformanceId = w.NcrA, EvidenceId = photoFile.EvidenceId });
        var (pdfThere, pdfBytes) = await EvidenceHub.DownloadAsync(target, supplierToken, new DownloadEvidenceRequest { EightDId = w.EightDA, EvidenceId = pdfFile.EvidenceId });
        Assert.Equal(photoFile, photoThere);
        Assert.Equal(photo, photoBytes);
        Assert.Equal(pdfFile, pdfThere);
        Assert.Equal(pdf, pdfBytes);

        // Exporting there gives the same files.
        byte[] again = await ExportAsync(target.AsOemManager(w.OemA), w.OemA);
        Assert.Equal(photo, Entry(again, photoEntry));
        Assert.Equal(pdf, Entry(again, pdfEntry));
    }

    private static async Task<byte[]> ExportAsync(PartnerClients manager, string oemId)
    {
        using var call = manager.Operations.ExportOemArchive(new ExportOemArchiveRequest { OemId = oemId }, SecurityProbe.Options());
        using var archive = new MemoryStream();
        await foreach (var chunk in call.ResponseStream.ReadAllAsync())
        {
            chunk.Data.WriteTo(archive);
        }

        return archive.ToArray();
    }

    private static async Task<ImportOemArchiveResponse> ImportAsync(PartnerClients admin, byte[] archive)
    {
        using var call = admin.Operations.ImportOemArchive(SecurityProbe.Options());
        return await ClientStreams.SendAllAsync(call, archive.Chunk(64 * 1024).Select(chunk => new ArchiveChunk { Data = Google.Protobuf.ByteString.CopyFrom(chunk) }));
    }

    private static byte[] Entry(byte[] archive, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        using var content = new MemoryStream();
        using (var stream = (zip.GetEntry(name) ?? throw new InvalidOperationException($"no {name} in the archive")).Open())
        {
            stream.CopyTo(content);
        }

        return content.ToArray();
    }

    private static byte[] Replace(byte[] archive, string name, byte[] content)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == name)
                {
                    to.Write(content);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    private async Task<List<Azure.Storage.Blobs.Models.BlobItem>> BlobsOfAsync(string ownerId) =>
        [.. (await hub.StoredBlobsAsync()).Where(b => b.Name.Contains($"/{ownerId}/", StringComparison.Ordinal))];

    private async Task<RpcException> DeniedAsync(Party party, DownloadEvidenceRequest request) =>
        await Assert.ThrowsAsync<RpcException>(() => hub.DownloadAsync(party.Token, request));

    private static (StatusCode, string) Generic(RpcException e, string evidenceId, string ownerId) =>
        (e.StatusCode, e.Status.Detail.Replace(evidenceId, "ID", StringComparison.Ordinal).Replace(ownerId, "OWNER", StringComparison.Ordinal));

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            // The API's error body: code and message.
            using var json = JsonDocument.Parse(body);
            Assert.Equal(5, json.RootElement.GetProperty("code").GetInt32());
        }

        return (response.StatusCode, body);
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static byte[] Jpeg(int length) => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, .. Noise(length - 13), 0xFF, 0xD9];

    private static byte[] Png(int length) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Noise(length - 8)];

    private static byte[] Pdf(int length) => [.. "%PDF-1.7\n"u8, .. Noise(length - 9)];

    private static byte[] WindowsProgram(int length) => [.. "MZ"u8, 0x90, 0x00, .. Noise(length - 4)];

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }
}
