using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace SupplyQuality.Benchmark.Infrastructure;

/// <summary>
/// A process the benchmark started, with its output in a log file. Every one is remembered so that the benchmark
/// ends them all when it stops, also on failure or Ctrl-C; their ids go to a file that ./bench.sh reads as a last resort.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private static readonly ConcurrentDictionary<int, ChildProcess> Running = new();
    private static string? _pidFile;
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _gate = new();

    private ChildProcess(Process process, StreamWriter log, string name)
    {
        _process = process;
        _log = log;
        Name = name;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public DateTime StartedAt { get; private init; }

    /// <summary>Ids of started processes are appended here (one a line) so a wrapper script can end them if the benchmark itself is killed.</summary>
    public static void RecordIdsIn(string file) => _pidFile = file;

    public static ChildProcess Start(string name, ProcessStartInfo start, string logFile)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var child = new ChildProcess(process, log, name) { StartedAt = DateTime.UtcNow };
        process.OutputDataReceived += (_, e) => child.Write(e.Data);
        process.ErrorDataReceived += (_, e) => child.Write(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"could not start {name}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Running[process.Id] = child;
        if (_pidFile is not null)
        {
            File.AppendAllText(_pidFile, process.Id.ToString(CultureInfo.InvariantCulture) + "\n");
        }

        return child;
    }

    /// <summary>Resident memory of the process now, from /proc (VmRSS), in bytes; null when it cannot be read.</summary>
    public long? ResidentBytes() => ProcStatus("VmRSS:");

    /// <summary>Peak resident memory of the process (VmHWM), in bytes.</summary>
    public long? PeakResidentBytes() => ProcStatus("VmHWM:");

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Sends a signal by the process id (e.g. INT for Azurite, TERM for a graceful stop).</summary>
    public void Signal(string signal)
    {
        if (_process.HasExited)
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit();
    }

    /// <summary>Kills the process and its children at once, as a crash would.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        Running.TryRemove(_process.Id, out _);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        lock (_gate)
        {
            _log.Dispose();
        }
    }

    /// <summary>Ends every process still running (last line of defence).</summary>
    public static void KillAll()
    {
        foreach (var child in Running.Values)
        {
            child.Kill();
        }
    }

    private long? ProcStatus(string key)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{Id}/status"))
            {
                if (line.StartsWith(key, StringComparison.Ordinal))
                {
                    var parts = line[key.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return long.Parse(parts[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return null;
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
