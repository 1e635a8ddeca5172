using Google.Protobuf;

namespace SupplyQuality.Host.Risk;

/// <summary>The proto3 JSON form of partner messages, as the board page reads them (default values included).</summary>
public static class ProtoJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static string Format(IMessage message) => Formatter.Format(message);

    public static string FormatArray(IEnumerable<IMessage> messages) => "[" + string.Join(",", messages.Select(m => Formatter.Format(m))) + "]";
}
