namespace SupplyQuality.Simulator.Generation;

/// <summary>Picks indexes in proportion to their weights (cumulative sums and a binary search).</summary>
internal sealed class WeightedPicker
{
    private readonly double[] _cumulative;

    public WeightedPicker(IReadOnlyList<double> weights)
    {
        _cumulative = new double[weights.Count];
        double sum = 0;
        for (int i = 0; i < weights.Count; i++)
        {
            sum += Math.Max(0, weights[i]);
            _cumulative[i] = sum;
        }
    }

    public double Total => _cumulative.Length == 0 ? 0 : _cumulative[^1];

    public int Pick(SimulationRandom random)
    {
        if (_cumulative.Length == 0 || Total <= 0)
        {
            throw new InvalidOperationException("nothing to pick from");
        }

        double target = random.NextDouble() * Total;
        int index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, _cumulative.Length - 1);
    }
}
