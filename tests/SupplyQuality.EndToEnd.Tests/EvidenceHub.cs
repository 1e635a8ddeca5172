using System.Net.Http.Headers;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// A hub of its own for the evidence tests, with a file limit of <see cref="MaxFileBytes"/> (a little over one staged
/// block of 1 MiB, so an oversize upload has stored a block before it is refused), and helpers to upload, download
/// and list what storage holds.
/// </summary>
public sealed class EvidenceHub : HubEnvironment
{
    public const long MaxFileBytes = 1_200_000;

    public const string Container = "supplyquality-evidence";

    protected override IReadOnlyDictionary<string, string>? HubSettings => new Dictionary<string, string>
    {
        ["Evidence:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static EvidenceService.EvidenceServiceClient Client(HubProcess hub, string token) =>
        new(hub.Channel.Intercept(metadata =>
        {
            metadata.Add("Authorization", $"Bearer {token}");
            return metadata;
        }));

    /// <summary>Uploads in chunks of <paramref name="chunkBytes"/>; a refusal arrives as the call's RpcException.</summary>
    public async Task<EvidenceFile> UploadAsync(string token, EvidenceUploadHeader header, byte[] content, int chunkBytes = 64 * 1024)
    {
        using var call = Client(Hub, token).UploadEvidence(SecurityProbe.Options());
        var chunks = Enumerable.Range(0, (content.Length + chunkBytes - 1) / chunkBytes)
            .Select(i => new UploadEvidenceRequest { Chunk = ByteString.CopyFrom(content, i * chunkBytes, Math.Min(chunkBytes, content.Length - (i * chunkBytes))) });
        return await ClientStreams.SendAllAsync(call, chunks.Prepend(new UploadEvidenceRequest { Header = header }));
    }

    public Task<(EvidenceFile File, byte[] Content)> DownloadAsync(string token, DownloadEvidenceRequest request) => DownloadAsync(Hub, token, request);

    /// <summary>Downloads a file from <paramref name="hub"/>: its record (the first message) and its bytes (the rest).</summary>
    public static async Task<(EvidenceFile File, byte[] Content)> DownloadAsync(HubProcess hub, string token, DownloadEvidenceRequest request)
    {
        using var call = Client(hub, token).DownloadEvidence(request, SecurityProbe.Options());
        EvidenceFile? file = null;
        using var content = new MemoryStream();
        await foreach (var message in call.ResponseStream.ReadAllAsync())
        {
            if (message.PartCase == DownloadEvidenceResponse.PartOneofCase.File)
            {
                Assert.Null(file);
                file = message.File;
            }
            else
            {
                Assert.NotNull(file);
                message.Chunk.WriteTo(content);
            }
        }

        return (file ?? throw new InvalidOperationException("no record in the download"), content.ToArray());
    }

    /// <summary>Every blob of this hub in the evidence container, committed or only staged (uncommitted blocks).</summary>
    public async Task<List<BlobItem>> StoredBlobsAsync()
    {
        var container = new BlobServiceClient(Storage.ConnectionString).GetBlobContainerClient(Container);
        var found = new List<BlobItem>();
        if (!await container.ExistsAsync())
        {
            return found;
        }

        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = Hub.ServiceId + "/", States = BlobStates.Uncommitted, Traits = BlobTraits.Metadata }))
        {
            found.Add(blob);
        }

        return found;
    }

    public HttpClient Http(string? token)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Hub.WebPort}"), Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }
}
