using System.Text.Json.Serialization;

namespace SupplyQuality.Domain.Interchange.CatenaX;

/// <summary>
/// A Catena-X 8D report: the aspect <c>urn:samm:io.catenax.report_8d:1.0.0#Report8D</c> (CC-BY-4.0, Eclipse Tractus-X
/// sldt-semantic-models). Property names are the model's; only the header is required, each step is optional.
/// These records are our own C# rendering of the model, used to write and read its JSON payload.
/// </summary>
public sealed record CatenaXReport8D
{
    [JsonPropertyName("header")]
    public required CatenaXHeader Header { get; init; }

    [JsonPropertyName("stepD0")]
    public CatenaXStepD0? StepD0 { get; init; }

    [JsonPropertyName("stepD1")]
    public CatenaXStepD1? StepD1 { get; init; }

    [JsonPropertyName("stepD2")]
    public CatenaXStepD2? StepD2 { get; init; }

    [JsonPropertyName("stepD3")]
    public CatenaXStepD3? StepD3 { get; init; }

    [JsonPropertyName("stepD4")]
    public CatenaXStepD4? StepD4 { get; init; }

    [JsonPropertyName("stepD5")]
    public CatenaXStepD5? StepD5 { get; init; }

    [JsonPropertyName("stepD6")]
    public CatenaXStepD6? StepD6 { get; init; }

    [JsonPropertyName("stepD7")]
    public CatenaXStepD7? StepD7 { get; init; }

    [JsonPropertyName("stepD8")]
    public CatenaXStepD8? StepD8 { get; init; }
}
