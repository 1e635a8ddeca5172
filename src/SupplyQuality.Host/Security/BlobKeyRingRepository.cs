using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace SupplyQuality.Host.Security;

/// <summary>
/// The data-protection key ring (what signs and encrypts session cookies and antiforgery tokens) in the hub's own blob
/// storage, so every silo of a cluster reads cookies the others wrote: a pod restarted or a request served by another
/// silo keeps the user signed in. One blob per key, never overwritten (ASP.NET Core names each key uniquely).
/// The package that does this for Azure Blob storage is not served to us; this is the documented IXmlRepository seam.
/// Keys are stored unencrypted, like the default file-system key ring; protect the storage account accordingly.
/// </summary>
public sealed class BlobKeyRingRepository(BlobContainerClient container, string serviceId) : IXmlRepository
{
    private readonly string _prefix = $"{serviceId}/dataprotection/";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        container.CreateIfNotExists();
        var keys = new List<XElement>();
        foreach (var blob in container.GetBlobs(BlobTraits.None, BlobStates.None, _prefix, CancellationToken.None))
        {
            using var content = container.GetBlobClient(blob.Name).OpenRead();
            keys.Add(XElement.Load(content));
        }

        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        container.CreateIfNotExists();
        using var content = new MemoryStream();
        element.Save(content, SaveOptions.DisableFormatting);
        content.Position = 0;
        try
        {
            container.GetBlobClient($"{_prefix}{friendlyName}.xml").Upload(content, overwrite: false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Another silo stored the same key first: the ring already has it.
        }
    }
}
