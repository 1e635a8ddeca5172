using System.Buffers.Text;
using System.Globalization;
using System.Text;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Host.Mapping;

/// <summary>Opaque page tokens: the list position of the last item returned.</summary>
public static class PageToken
{
    public static string Encode(NonconformancePosition position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{position.DetectedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{position.Id}"));

    public static NonconformancePosition? Decode(string token)
    {
        if (token.Length == 0)
        {
            return null;
        }

        try
        {
            string text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            int bar = text.IndexOf('|', StringComparison.Ordinal);
            long ticks = long.Parse(text.AsSpan(0, bar), CultureInfo.InvariantCulture);
            return new NonconformancePosition(new DateTimeOffset(ticks, TimeSpan.Zero), text[(bar + 1)..]);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new InputValidationException("page_token", "is not a token this service issued");
        }
    }
}
