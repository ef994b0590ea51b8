using System.Text.Json;
using System.Text.Json.Serialization;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Primitives.Serialization;

/// <summary>
/// An explanation as JSON: <c>{"rulebook": "id@1.0" | null, "steps": [step, …]}</c>, each step as
/// <see cref="ExplanationStepJsonConverter"/> writes it; order kept.
/// </summary>
internal sealed class ExplanationJsonConverter : JsonConverter<Explanation>
{
    private static readonly ExplanationStepJsonConverter Step = new();

    public override Explanation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An explanation is an object.");
        }

        RulebookReference? rulebook = null;
        List<ExplanationStep>? steps = null;
        var sawRulebook = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "rulebook":
                    sawRulebook = true;
                    rulebook = reader.TokenType == JsonTokenType.Null ? null
                        : reader.TokenType == JsonTokenType.String && RulebookReference.TryParse(reader.GetString(), out var reference) ? reference
                        : throw new JsonException("An explanation's rulebook is a reference such as 'id@1.0', or null.");
                    break;
                case "steps":
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw new JsonException("An explanation lists its steps.");
                    }

                    steps = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        steps.Add(reader.TokenType == JsonTokenType.StartObject ? Step.Read(ref reader, typeof(ExplanationStep), options) : throw new JsonException("An explanation step is an object."));
                    }

                    break;
                default:
                    throw new JsonException($"An explanation has no member '{name}'.");
            }
        }

        return sawRulebook && steps is not null ? Explanation.Create(rulebook, steps) : throw new JsonException("An explanation has a rulebook (or null) and its steps.");
    }

    public override void Write(Utf8JsonWriter writer, Explanation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Rulebook is { } rulebook)
        {
            writer.WriteString("rulebook", rulebook.ToString());
        }
        else
        {
            writer.WriteNull("rulebook");
        }

        writer.WriteStartArray("steps");
        foreach (var step in value.Steps)
        {
            Step.Write(writer, step, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
