using System.Globalization;

namespace SupplyQuality.Benchmark;

/// <summary>Command-line options of <c>SupplyQuality.Benchmark run</c>; ./bench.sh passes them on.</summary>
public sealed class BenchmarkOptions
{
    public const string Usage = """
        SupplyQuality benchmark: the hub against a conventional PostgreSQL design, on this machine, in one run.

        usage: ./bench.sh [options]        (builds, installs what is missing, then runs)
               dotnet bench/SupplyQuality.Benchmark/bin/Release/net10.0/SupplyQuality.Benchmark.dll run [options]
               dotnet .../SupplyQuality.Benchmark.dll render docs    (the report and chart again from benchmarks.json)

          --quick                 a smoke run: a small supply chain, sizes 1000 and 5000, short windows, 20 boards;
                                  results go to artifacts/bench-quick/ (docs/ is left alone)
          --sizes N,N,...         NCR counts to read at (default 1000,10000,100000,1000000)
          --budget-seconds N      stop by itself after N seconds, results written (default 780; ./bench.sh passes
                                  what is left of 14 minutes 20 seconds after building)
          --concurrency N         callers for single calls and reads, the hub and the peer alike (default 32)
          --bulk-concurrency N    batches in flight when loading (default 4)
          --batch N               records per batch RPC and per COPY (default 1000)
          --warmup S              seconds before each measured window (default 1.5)
          --window S              measured seconds for ingest (default 6)
          --read-window S         measured seconds for each read scenario (default 4)
          --boards N              SignalR boards for the push latency (default 100)
          --data simulator|builtin  the data set: the simulator's generator (default) or the benchmark's own
          --out DIR               where benchmarks.json, benchmarks.md and read-latency.png go (default docs/)
          --work DIR              work folder for Azurite's and PostgreSQL's data (default: a new temporary folder)
          --keep-work             leave the work folder (data and logs) in place
        """;

    public bool Quick { get; private set; }

    public IReadOnlyList<int> Sizes { get; private set; } = [1_000, 10_000, 100_000, 1_000_000];

    public TimeSpan Budget { get; private set; } = TimeSpan.FromSeconds(780);

    public int Concurrency { get; private set; } = 32;

    public int BulkConcurrency { get; private set; } = 4;

    public int BatchSize { get; private set; } = 1000;

    public TimeSpan WarmUp { get; private set; } = TimeSpan.FromSeconds(1.5);

    public TimeSpan Window { get; private set; } = TimeSpan.FromSeconds(6);

    public TimeSpan ReadWindow { get; private set; } = TimeSpan.FromSeconds(4);

    public int Boards { get; private set; } = 100;

    public string Data { get; private set; } = "simulator";

    public string? OutputDirectory { get; private set; }

    public string? WorkDirectory { get; private set; }

    public bool KeepWork { get; private set; }

    public IReadOnlyList<string> Arguments { get; private set; } = [];

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions { Arguments = [.. args] };
        bool sizesGiven = false, budgetGiven = false, windowsGiven = false, boardsGiven = false;
        for (int i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            double Seconds() => double.Parse(Value(), CultureInfo.InvariantCulture);
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--quick": options.Quick = true; break;
                case "--sizes": options.Sizes = [.. Value().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order()]; sizesGiven = true; break;
                case "--budget-seconds": options.Budget = TimeSpan.FromSeconds(Seconds()); budgetGiven = true; break;
                case "--concurrency": options.Concurrency = Number(); break;
                case "--bulk-concurrency": options.BulkConcurrency = Number(); break;
                case "--batch": options.BatchSize = Math.Clamp(Number(), 1, 1000); break;
                case "--warmup": options.WarmUp = TimeSpan.FromSeconds(Seconds()); windowsGiven = true; break;
                case "--window": options.Window = TimeSpan.FromSeconds(Seconds()); windowsGiven = true; break;
                case "--read-window": options.ReadWindow = TimeSpan.FromSeconds(Seconds()); windowsGiven = true; break;
                case "--boards": options.Boards = Number(); boardsGiven = true; break;
                case "--data": options.Data = Value(); break;
                case "--out": options.OutputDirectory = Value(); break;
                case "--work": options.WorkDirectory = Value(); break;
                case "--keep-work": options.KeepWork = true; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        if (options.Data is not ("simulator" or "builtin"))
        {
            throw new ArgumentException("--data is simulator or builtin");
        }

        if (options.Quick)
        {
            options.Sizes = sizesGiven ? options.Sizes : [1_000, 5_000];
            options.Budget = budgetGiven ? options.Budget : TimeSpan.FromSeconds(300);
            options.Boards = boardsGiven ? options.Boards : 20;
            if (!windowsGiven)
            {
                options.WarmUp = TimeSpan.FromSeconds(0.5);
                options.Window = TimeSpan.FromSeconds(2);
                options.ReadWindow = TimeSpan.FromSeconds(2);
            }
        }

        return options;
    }
}
