using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ruicheng.Primitives.Serialization;

/// <summary>A typed id as a JSON string, validated through the id's own factory.</summary>
/// <typeparam name="TId">The id type.</typeparam>
internal sealed class IdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct
{
    private readonly Func<string, TId> _create;

    public IdJsonConverter(Func<string, TId> create) => _create = create;

    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeof(TId).Name} must be a JSON string.");
        }

        try
        {
            return _create(reader.GetString()!);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
