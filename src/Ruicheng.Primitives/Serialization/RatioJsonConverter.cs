using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ruicheng.Primitives.Serialization;

/// <summary>A ratio as a JSON string such as <c>"8:1:1"</c>.</summary>
internal sealed class RatioJsonConverter : JsonConverter<Ratio>
{
    public override Ratio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Ratio.TryParse(reader.GetString(), out var ratio)
            ? ratio
            : throw new JsonException("A ratio must be a string of non-negative whole parts with a positive total, such as \"8:1:1\".");

    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
