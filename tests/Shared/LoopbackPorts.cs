using System.Net;
using System.Net.Sockets;

namespace SupplyQuality.Testing;

/// <summary>Loopback ports for the servers the tests and the benchmark start (Azurite, hubs, PostgreSQL).</summary>
public static class LoopbackPorts
{
    // Below the kernel's ephemeral range (32768-60999 on Linux): a port handed out there can be taken as the source
    // port of any outgoing connection before the server we start binds it, which made a restarted hub fail to listen.
    private const int First = 20000;
    private const int Last = 32000;
    private static int _next = First + Random.Shared.Next(Last - First);

    /// <summary>A loopback port nobody listens on right now, outside the range the kernel gives to outgoing connections.</summary>
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
}
