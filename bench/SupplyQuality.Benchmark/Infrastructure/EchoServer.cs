using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>
/// <c>SupplyQuality.Benchmark echo-server --port P</c>: Kestrel with HTTP/2 on loopback and one empty unary method,
/// in a process of its own, like the hub; the benchmark calls it to measure the gRPC limit of this machine.
/// </summary>
public static class EchoServer
{
    public static int Run(string[] args)
    {
        int index = Array.IndexOf(args, "--port");
        if (index < 0 || index + 1 >= args.Length || !int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out int port))
        {
            Console.Error.WriteLine("usage: SupplyQuality.Benchmark echo-server --port PORT");
            return 2;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<EchoService>();
        app.Run();
        return 0;
    }

    /// <summary>Starts the echo server as a child process of the benchmark and waits for its port.</summary>
    public static async Task<(ChildProcess Process, int Port)> StartAsync(string workDirectory)
    {
        int port = FreePorts.Next();
        string self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self);
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(EchoServer).Assembly.Location);
        }

        start.ArgumentList.Add("echo-server");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        var process = ChildProcess.Start("echo-server", start, Path.Combine(workDirectory, "echo-server.log"));
        await FreePorts.WaitForListenerAsync(port, TimeSpan.FromSeconds(30), () => !process.HasExited, "the echo server");
        return (process, port);
    }
}
