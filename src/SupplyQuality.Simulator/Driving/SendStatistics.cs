using System.Collections.Concurrent;
using System.Diagnostics;
using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Simulator.Driving;

/// <summary>Counts of everything sent, per kind and per OEM, with samples of the failures.</summary>
public sealed class SendStatistics
{
    private const int MaxFailureSamples = 20;

    private readonly Dictionary<RequestKind, KindCounters> _kinds = Enum.GetValues<RequestKind>().ToDictionary(k => k, k => new KindCounters(k));
    private readonly ConcurrentDictionary<string, OemTotals> _oems = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _failureSamples = new();
    private readonly ConcurrentQueue<string> _notes = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Elapsed => _clock.Elapsed;

    internal KindCounters this[RequestKind kind] => _kinds[kind];

    internal IEnumerable<KindCounters> Kinds => _kinds.Values;

    internal IEnumerable<OemTotals> Oems => _oems.Values.OrderBy(o => o.OemId, StringComparer.Ordinal);

    internal IReadOnlyCollection<string> FailureSamples => _failureSamples;

    internal IReadOnlyCollection<string> Notes => _notes;

    public long Planned => _kinds.Values.Sum(k => k.Planned);

    public long Done => _kinds.Values.Sum(k => k.Done);

    public long Acknowledged => _kinds.Values.Sum(k => k.Acknowledged);

    public long Failed => _kinds.Values.Sum(k => k.Failed);

    /// <summary>Restarts the clock of the rate (when sending begins).</summary>
    public void Restart() => _clock.Restart();

    internal OemTotals Oem(string oemId) => _oems.GetOrAdd(oemId, id => new OemTotals(id));

    internal void Note(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Enqueue(note);
        }
    }

    internal void SampleFailure(string description)
    {
        if (_failureSamples.Count < MaxFailureSamples)
        {
            _failureSamples.Enqueue(description);
        }
    }
}
