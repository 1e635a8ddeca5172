namespace SupplyQuality.Simulator.Tokens;

/// <summary>Tokens given on the command line for one role: one per organisation, or one for every organisation.</summary>
public sealed class GivenTokens
{
    private readonly Dictionary<string, string> _byOrganisation = new(StringComparer.Ordinal);

    public string? Default { get; private set; }

    /// <summary>Adds "TOKEN" (for every organisation) or "ORG-ID=TOKEN". JWTs contain no '='.</summary>
    public void Add(string value)
    {
        int equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            _byOrganisation[value[..equals].Trim()] = value[(equals + 1)..].Trim();
        }
        else
        {
            Default = value.Trim();
        }
    }

    public string? For(string organisationId) => _byOrganisation.TryGetValue(organisationId, out var token) ? token : Default;
}
