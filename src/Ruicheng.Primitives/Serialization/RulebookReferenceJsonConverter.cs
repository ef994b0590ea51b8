using System.Text.Json;
using System.Text.Json.Serialization;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Primitives.Serialization;

/// <summary>A rulebook reference as a JSON string such as <c>"ruicheng.governance@1.0"</c>.</summary>
internal sealed class RulebookReferenceJsonConverter : JsonConverter<RulebookReference>
{
    public override RulebookReference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && RulebookReference.TryParse(reader.GetString(), out var reference)
            ? reference
            : throw new JsonException("A rulebook reference must be a string such as \"ruicheng.governance@1.0\".");

    public override void Write(Utf8JsonWriter writer, RulebookReference value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
