using System.Text;
using Grpc.Core;

namespace SupplyQuality.Simulator.Driving;

/// <summary>gRPC status codes as the spec spells them: DeadlineExceeded becomes DEADLINE_EXCEEDED.</summary>
public static class GrpcStatusNames
{
    public static string Of(StatusCode code)
    {
        var name = code.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
