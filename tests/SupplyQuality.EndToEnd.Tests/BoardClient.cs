using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// A board as a browser would run it, over a real SignalR connection to the hub with the viewer's bearer token:
/// subscribe, then collect pushes.
/// </summary>
public sealed class BoardClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly List<(DateTime ReceivedAt, IReadOnlyList<SupplierScorecard> Cards)> _messages = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BoardClient(HubProcess hub, string token)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl($"http://127.0.0.1:{hub.WebPort}/hubs/risk", o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        _connection.Closed += e =>
        {
            _closed.TrySetResult(e);
            return Task.CompletedTask;
        };
        _connection.On<string>("scorecardsChanged", json =>
        {
            using var document = JsonDocument.Parse(json);
            var cards = document.RootElement.EnumerateArray().Select(e => SupplierScorecard.Parser.ParseJson(e.GetRawText())).ToList();
            lock (_messages)
            {
                _messages.Add((DateTime.UtcNow, cards));
            }

            _arrived.Release();
        });
    }

    /// <summary>Completes when the connection closes (with the error, or null when the server closed it cleanly).</summary>
    public Task<Exception?> Closed => _closed.Task;

    public int MessageCount
    {
        get
        {
            lock (_messages)
            {
                return _messages.Count;
            }
        }
    }

    public IReadOnlyList<SupplierScorecard> AllCards
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages.SelectMany(m => m.Cards)];
            }
        }
    }

    /// <summary>Connects with <paramref name="token"/> (e.g. an OEM manager's) as the viewer's identity.</summary>
    public static async Task<BoardClient> ConnectAsync(HubProcess hub, string token)
    {
        var client = new BoardClient(hub, token);
        await client._connection.StartAsync();
        return client;
    }

    public async Task<RiskBoard> SubscribeOemAsync(string oemId) =>
        RiskBoard.Parser.ParseJson(await _connection.InvokeAsync<string>("SubscribeOem", oemId));

    public Task StopAsync() => _connection.StopAsync();

    public Task StartAsync() => _connection.StartAsync();

    /// <summary>Waits until a pushed scorecard matches, and returns it with the time it arrived; null after the timeout.</summary>
    public async Task<(SupplierScorecard Card, DateTime ReceivedAt)?> WaitForAsync(Func<SupplierScorecard, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            lock (_messages)
            {
                foreach (var (receivedAt, cards) in _messages)
                {
                    if (cards.FirstOrDefault(match) is { } card)
                    {
                        return (card, receivedAt);
                    }
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                return null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _arrived.Dispose();
    }
}
