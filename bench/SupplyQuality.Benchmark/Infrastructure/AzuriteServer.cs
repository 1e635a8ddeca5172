using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>Azurite from the repository's node_modules on free loopback ports, its data in the benchmark's work folder.</summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private AzuriteServer(ChildProcess process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public ChildProcess Process => _process;

    public static string Version(RepositoryLayout layout)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(layout.AzuritePackageJson));
            return json.RootElement.GetProperty("version").GetString() ?? "unknown";
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException)
        {
            return "unknown";
        }
    }

    public static async Task<AzuriteServer> StartAsync(RepositoryLayout layout, string workDirectory)
    {
        int blob = FreePorts.Next(), queue = FreePorts.Next(), table = FreePorts.Next();
        string data = Directory.CreateDirectory(Path.Combine(workDirectory, "azurite")).FullName;
        var start = new ProcessStartInfo(layout.Azurite);
        foreach (var arg in new[]
        {
            "--location", data, "--silent", "--disableTelemetry", "--skipApiVersionCheck",
            "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", table.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = ChildProcess.Start("azurite", start, Path.Combine(workDirectory, "azurite.log"));
        var server = new AzuriteServer(process, blob, queue, table);
        await FreePorts.WaitForListenerAsync(blob, TimeSpan.FromSeconds(30), () => !process.HasExited, "Azurite");
        await FreePorts.WaitForListenerAsync(table, TimeSpan.FromSeconds(30), () => !process.HasExited, "Azurite");
        return server;
    }

    /// <summary>SIGINT makes Azurite save its metadata and close; it may linger afterwards, so it is killed after a wait.</summary>
    public async ValueTask DisposeAsync()
    {
        _process.Signal("INT");
        await _process.WaitForExitAsync(TimeSpan.FromSeconds(3));
        _process.Dispose();
    }
}
