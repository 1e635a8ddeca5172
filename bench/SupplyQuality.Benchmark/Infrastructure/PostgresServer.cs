using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of the benchmark's own: initdb into the work folder, listening on 127.0.0.1 on a free port,
/// started and stopped with pg_ctl. Durable defaults are kept (fsync, synchronous_commit, full_page_writes on). Run
/// as root, the server runs as the <c>postgres</c> OS user (postgres refuses to run as root).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Database = "supplyquality";
    public const string User = "bench";

    /// <summary>
    /// Settings a competent operator gives a 24 GB machine; everything about durability stays at its default.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["shared_buffers"] = "1GB",
        ["work_mem"] = "32MB",
        ["maintenance_work_mem"] = "256MB",
        ["effective_cache_size"] = "8GB",
        ["max_connections"] = "200",
    };

    private readonly string _binDirectory;
    private readonly string _dataDirectory;
    private readonly string _socketDirectory;
    private readonly string _logFile;
    private readonly bool _asPostgresUser;
    private bool _running;

    private PostgresServer(string binDirectory, string root, int port, bool asPostgresUser)
    {
        _binDirectory = binDirectory;
        _dataDirectory = Path.Combine(root, "data");
        _socketDirectory = root;
        _logFile = Path.Combine(root, "postgres.log");
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(int maxPoolSize) =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={Database};Pooling=true;Minimum Pool Size=0;Maximum Pool Size={maxPoolSize};" +
        "Max Auto Prepare=64;Auto Prepare Min Usages=1;No Reset On Close=true;Timeout=30;Command Timeout=600";

    public string DataDirectory => _dataDirectory;

    /// <summary>The newest /usr/lib/postgresql/VERSION/bin with initdb and pg_ctl, or where PATH has them.</summary>
    public static string? FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out int v) ? v : 0))
                .Where(c => File.Exists(Path.Combine(c.Dir, "initdb")) && File.Exists(Path.Combine(c.Dir, "pg_ctl")))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Dir)
            : [];
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Where(d => d.Length > 0 && File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        return candidates.Concat(fromPath).FirstOrDefault();
    }

    public static async Task<PostgresServer> StartAsync(string workDirectory, CancellationToken cancellationToken)
    {
        string bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no initdb and pg_ctl under /usr/lib/postgresql/*/bin or on PATH): run ./bench.sh, which installs Debian's postgresql package.");
        bool asRoot = Environment.UserName == "root";
        string root = Directory.CreateDirectory(Path.Combine(workDirectory, "postgres")).FullName;
        var server = new PostgresServer(bin, root, FreePorts.Next(), asRoot);
        if (asRoot)
        {
            // The postgres user must own the cluster and reach it through the work folder.
            await Run("chmod", ["755", workDirectory, root], cancellationToken);
            await Run("chown", ["-R", "postgres:postgres", root], cancellationToken);
        }

        await server.RunTool("initdb", ["-D", server._dataDirectory, "-U", User, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], cancellationToken);
        await server.StartServerAsync(cancellationToken);
        await using (var admin = new NpgsqlConnection($"Host=127.0.0.1;Port={server.Port};Username={User};Database=postgres;Pooling=false"))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return server;
    }

    public async Task<string> VersionAsync()
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username={User};Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version()", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>What durability rests on, read back from the server (not assumed).</summary>
    public async Task<IReadOnlyDictionary<string, string>> DurabilitySettingsAsync()
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username={User};Database=postgres;Pooling=false");
        await connection.OpenAsync();
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "shared_buffers", "work_mem" })
        {
            await using var command = new NpgsqlCommand($"SHOW {name}", connection);
            result[name] = (string)(await command.ExecuteScalarAsync())!;
        }

        return result;
    }

    /// <summary>A crash: pg_ctl stop -m immediate (no checkpoint; the next start replays the WAL).</summary>
    public async Task CrashAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection.ClearAllPools();
        await RunTool("pg_ctl", ["stop", "-D", _dataDirectory, "-m", "immediate", "-w"], cancellationToken);
        _running = false;
    }

    public async Task StartServerAsync(CancellationToken cancellationToken)
    {
        string options = string.Join(' ', new[] { $"-c listen_addresses=127.0.0.1", $"-p {Port.ToString(CultureInfo.InvariantCulture)}", $"-k {_socketDirectory}" }
            .Concat(Settings.Select(s => $"-c {s.Key}={s.Value}")));
        await RunTool("pg_ctl", ["start", "-D", _dataDirectory, "-l", _logFile, "-w", "-t", "120", "-o", options], cancellationToken);
        _running = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_running)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await RunTool("pg_ctl", ["stop", "-D", _dataDirectory, "-m", "fast", "-w"], timeout.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            await RunTool("pg_ctl", ["stop", "-D", _dataDirectory, "-m", "immediate", "-w"], CancellationToken.None);
        }

        _running = false;
    }

    private Task RunTool(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        string path = Path.Combine(_binDirectory, tool);
        return _asPostgresUser
            ? Run("runuser", ["-u", "postgres", "--", path, .. arguments], cancellationToken)
            : Run(path, arguments, cancellationToken);
    }

    private static async Task Run(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}{await output}");
        }
    }
}
