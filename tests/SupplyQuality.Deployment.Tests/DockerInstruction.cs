namespace SupplyQuality.Deployment.Tests;

/// <summary>One Dockerfile instruction (continuation lines joined), with the line it starts on.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments, int Line)
{
    public override string ToString() => $"deploy/Dockerfile line {Line}: {Keyword} {Arguments}";
}
