using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SupplyQuality.Grains;
using SupplyQuality.Grains.Abstractions;

namespace SupplyQuality.Host.Operations;

/// <summary>
/// Moves NCRs stored in blobs of their own (before NCRs lived in the relation ledgers) into the ledgers and the NCR
/// index, in the background after start-up; each blob is deleted once moved. Until then an NCR is moved when first
/// read, so nothing waits for this. With nothing to move it costs one listing.
/// </summary>
public sealed class StoredNonconformanceMigration(BlobServiceClient blobs, IGrainFactory grains, ILogger<StoredNonconformanceMigration> logger)
    : BackgroundService
{
    private const int Parallelism = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var container = blobs.GetBlobContainerClient(StorageNames.StateContainer);
        int moved = 0;
        int failed = 0;
        try
        {
            if (!await container.ExistsAsync(stoppingToken))
            {
                return;
            }

            var stored = container.GetBlobsAsync(new GetBlobsOptions { Prefix = StorageNames.StoredNonconformanceBlobs }, stoppingToken);
            await Parallel.ForEachAsync(stored, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken }, async (blob, _) =>
            {
                string id = blob.Name[StorageNames.StoredNonconformanceBlobs.Length..].Replace(".json", string.Empty, StringComparison.Ordinal);
                try
                {
                    if (await grains.GetGrain<INonconformanceGrain>(id).MoveStoredState())
                    {
                        Interlocked.Increment(ref moved);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Left for its first read, which moves it too; the next start-up tries again.
                    Interlocked.Increment(ref failed);
                    logger.LogWarning(e, "Stored NCR {NonconformanceId} not moved into its relation ledger", id);
                }
            });
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Moving stored NCRs into the relation ledgers stopped; each is moved when first read");
            return;
        }

        if (moved + failed > 0)
        {
            logger.LogInformation("Moved {Moved} stored NCRs into their relation ledgers ({Failed} left for later)", moved, failed);
        }
    }
}
