using SupplyQuality.Testing;

namespace SupplyQuality.EndToEnd.Tests;

public static class FreePorts
{
    /// <summary>A loopback port nobody listens on right now (see <see cref="LoopbackPorts"/>).</summary>
    public static int Next() => LoopbackPorts.Next();
}
