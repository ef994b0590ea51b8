using System.Text.Json;
using System.Text.Json.Serialization;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Primitives.Serialization;

/// <summary>A rulebook version as a JSON string such as <c>"1.0"</c>.</summary>
internal sealed class RulebookVersionJsonConverter : JsonConverter<RulebookVersion>
{
    public override RulebookVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && RulebookVersion.TryParse(reader.GetString(), out var version)
            ? version
            : throw new JsonException("A rulebook version must be a string such as \"1.0\".");

    public override void Write(Utf8JsonWriter writer, RulebookVersion value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
