using System.Runtime.InteropServices;
using SupplyQuality.Simulator;

// Ctrl-C and SIGTERM (run.sh's trap, an orchestrator) stop the command through its cancellation token, so a load
// still prints its report and the demo stops between requests.
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await SimulatorApp.RunAsync(args, Console.Out, Console.Error, cancellationToken: stop.Token);
