using System.Net;
using System.Net.Sockets;

namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>Loopback ports nobody listens on right now.</summary>
public static class FreePorts
{
    // Below the kernel's ephemeral range (32768-60999 on Linux): a port handed out there can be taken as the source
    // port of an outgoing connection before the server we start binds it.
    private const int First = 20000;
    private const int Last = 32000;
    private static int _next = First + Random.Shared.Next(Last - First);

    public static int Next()
    {
        for (int attempt = 0; attempt < Last - First; attempt++)
        {
            int port = First + (int)((uint)Interlocked.Increment(ref _next) % (Last - First));
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try the next one.
            }
        }

        throw new InvalidOperationException($"no free loopback port between {First} and {Last}");
    }

    /// <summary>Waits until something accepts connections on the port, or the process it belongs to has exited.</summary>
    public static async Task WaitForListenerAsync(int port, TimeSpan timeout, Func<bool> stillRunning, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                if (!stillRunning())
                {
                    throw new InvalidOperationException($"{what} exited before it opened port {port}");
                }

                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"{what} did not open port {port} within {timeout.TotalSeconds:0} s");
    }
}
