namespace SupplyQuality.Deployment.Tests;

/// <summary>Tests collect every problem they find, so one run names all offending keys and files at once.</summary>
public static class Problems
{
    /// <summary>Fails with each problem on its own line when there are any.</summary>
    public static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, string.Join(Environment.NewLine, list));
    }
}
