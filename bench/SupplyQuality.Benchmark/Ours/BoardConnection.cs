using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace SupplyQuality.Benchmark.Ours;

/// <summary>
/// One live board as a browser runs it: a SignalR connection to /hubs/risk with an OEM manager's token, subscribed to
/// the OEM. Each pushed scorecard is kept as (arrival time, supplier, NCR count); nothing else of it is needed.
/// </summary>
public sealed class BoardConnection : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly List<(long At, string Supplier, int Nonconformances)> _updates = [];
    private long _messages;

    public BoardConnection(string webAddress, string oemId, string token)
    {
        OemId = oemId;
        _connection = new HubConnectionBuilder()
            .WithUrl($"{webAddress}/hubs/risk", o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        _connection.On<string>("scorecardsChanged", Received);
    }

    public string OemId { get; }

    public long Messages => Interlocked.Read(ref _messages);

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await _connection.StartAsync(cancellationToken);
        await _connection.InvokeAsync<string>("SubscribeOem", OemId, cancellationToken);
    }

    /// <summary>Updates per supplier, in arrival order.</summary>
    public Dictionary<string, List<(long At, int Nonconformances)>> UpdatesBySupplier()
    {
        lock (_updates)
        {
            return _updates.GroupBy(u => u.Supplier, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(u => (u.At, u.Nonconformances)).ToList(), StringComparer.Ordinal);
        }
    }

    public void Clear()
    {
        lock (_updates)
        {
            _updates.Clear();
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private void Received(string json)
    {
        long at = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _messages);
        using var document = JsonDocument.Parse(json);
        var found = new List<(long, string, int)>();
        foreach (var card in document.RootElement.EnumerateArray())
        {
            string supplier = card.TryGetProperty("supplierId", out var s) ? s.GetString() ?? string.Empty : string.Empty;
            int count = card.TryGetProperty("figures", out var f) && f.TryGetProperty("nonconformances", out var n) ? n.GetInt32() : 0;
            found.Add((at, supplier, count));
        }

        lock (_updates)
        {
            _updates.AddRange(found);
        }
    }
}
