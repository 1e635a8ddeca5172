using Orleans;

namespace SupplyQuality.Domain.Validation;

/// <summary>An id named in the request does not exist. Maps to NOT_FOUND.</summary>
[GenerateSerializer, Alias("sq.EntityNotFoundException")]
public sealed class EntityNotFoundException : Exception
{
    public EntityNotFoundException(string field, string id)
        : base($"{field}: '{id}' was not found")
    {
        Field = field;
        EntityId = id;
    }

    public EntityNotFoundException()
        : this("id", string.Empty)
    {
    }

    public EntityNotFoundException(string message)
        : base(message)
    {
        Field = "id";
        EntityId = string.Empty;
    }

    public EntityNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "id";
        EntityId = string.Empty;
    }

    [Id(0)]
    public string Field { get; private set; }

    [Id(1)]
    public string EntityId { get; private set; }
}
