using SupplyQuality.Benchmark;
using SupplyQuality.Benchmark.Infrastructure;
using SupplyQuality.Benchmark.Reporting;

if (args is ["echo-server", ..])
{
    return EchoServer.Run(args);
}

if (args is ["render", var directory])
{
    // Renders benchmarks.md and read-latency.png again from benchmarks.json (e.g. after a change to the report's wording).
    return ResultFiles.Render(directory);
}

var arguments = args is ["run", ..] ? args[1..] : args;
if (arguments is ["--help", ..] or ["-h", ..])
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(arguments);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

// The last line of defence: whatever happens, the processes the benchmark started do not outlive it.
AppDomain.CurrentDomain.ProcessExit += (_, _) => ChildProcess.KillAll();
using var run = new BenchmarkRun(options, RepositoryLayout.Find());
return await run.RunAsync();
