using Grpc.Core;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Simulator.Driving;

/// <summary>Waits until the hub answers gRPC calls (any answer but UNAVAILABLE or a timeout counts).</summary>
internal static class HubReadiness
{
    public static async Task<bool> WaitAsync(CallInvoker invoker, string? token, TimeSpan timeout, TextWriter output, CancellationToken cancellationToken)
    {
        var client = new DirectoryService.DirectoryServiceClient(invoker);
        var deadline = DateTime.UtcNow + timeout;
        bool told = false;
        while (true)
        {
            var headers = new Metadata();
            if (token is not null)
            {
                headers.Add("authorization", "Bearer " + token);
            }

            try
            {
                await client.GetOemAsync(new GetOemRequest { OemId = "readiness-probe" }, headers, DateTime.UtcNow.AddSeconds(5), cancellationToken);
                return true;
            }
            catch (RpcException e) when (e.StatusCode is not (StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Cancelled or StatusCode.Internal))
            {
                return true;
            }
            catch (RpcException) when (!cancellationToken.IsCancellationRequested && DateTime.UtcNow < deadline)
            {
                if (!told)
                {
                    told = true;
                    await output.WriteLineAsync("waiting for the hub to answer...");
                }

                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
            catch (RpcException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }
    }
}
