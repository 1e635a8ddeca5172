namespace SupplyQuality.Simulator.Demo;

/// <summary>How the demo runs.</summary>
/// <param name="Interval">Time between ticks; a lot (sometimes two) arrives at each.</param>
/// <param name="TimeScale">Simulated time per real time: 720 plays an 8D's day in two minutes.</param>
/// <param name="SetPolicy">Set the demo OEMs' 8D due dates to the shrunk clock, so late answers are late on the board.</param>
/// <param name="LoadHistory">Send the demo preset's history (idempotent) before the live activity.</param>
internal sealed record DemoSettings(long Seed, TimeSpan Interval, double TimeScale, bool SetPolicy, bool LoadHistory, int Callers);
