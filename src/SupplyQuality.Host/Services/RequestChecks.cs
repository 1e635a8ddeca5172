using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Host.Services;

/// <summary>Checks of the fields that name grains, done before any grain is addressed.</summary>
internal static class RequestChecks
{
    public static void Ids(params (string Field, string Value)[] ids)
    {
        var check = new InputRules.Checker();
        foreach (var (field, value) in ids)
        {
            check.Id(field, value);
        }

        check.ThrowIfInvalid();
    }

    public static void Creating(string requestId, params (string Field, string Value)[] ids)
    {
        var check = new InputRules.Checker();
        check.RequestId("request_id", requestId);
        foreach (var (field, value) in ids)
        {
            check.Id(field, value);
        }

        check.ThrowIfInvalid();
    }
}
