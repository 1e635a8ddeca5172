using System.Net;
using System.Net.Sockets;
using SupplyQuality.Testing;

namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>Loopback ports nobody listens on right now.</summary>
public static class FreePorts
{
    /// <summary>A loopback port nobody listens on right now (shared with the tests: <see cref="LoopbackPorts"/>).</summary>
    public static int Next() => LoopbackPorts.Next();

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
