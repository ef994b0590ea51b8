using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ruicheng.Primitives.Serialization;

/// <summary>
/// One explanation step as JSON: <c>{"rule": "...", "summary": "...", "key": "...", "arguments": [...], "figures":
/// [{"name": "...", "value": "..."}]}</c> — rule, summary and figures required; key and arguments present for a step
/// written from a message; values as strings, order kept.
/// </summary>
internal sealed class ExplanationStepJsonConverter : JsonConverter<ExplanationStep>
{
    private static readonly JsonSerializerOptions Strict = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public override ExplanationStep Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = JsonSerializer.Deserialize<StepNode>(ref reader, Strict);
        if (s is null || !RuleId.TryFrom(s.Rule, out var rule) || string.IsNullOrWhiteSpace(s.Summary) || s.Figures is null || s.Figures.Any(f => f?.Name is null || f.Value is null))
        {
            throw new JsonException("An explanation step has a rule id, a summary and its figures (each a name and a value).");
        }

        if (s.Arguments is { } arguments && arguments.Any(a => a?.Name is null || a.Value is null))
        {
            throw new JsonException("An explanation step's arguments each have a name and a value.");
        }

        var figures = s.Figures.Select(f => new Figure(f!.Name!, f.Value!)).ToImmutableArray();
        return string.IsNullOrEmpty(s.Key)
            ? ExplanationStep.Of(rule, s.Summary, [.. figures])
            : ExplanationStep.Keyed(rule, s.Key, s.Summary, [.. (s.Arguments ?? []).Select(a => new Figure(a!.Name!, a.Value!))], figures);
    }

    public override void Write(Utf8JsonWriter writer, ExplanationStep value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", value.Rule.Value);
        writer.WriteString("summary", value.Summary);
        if (value.Key.Length > 0)
        {
            writer.WriteString("key", value.Key);
            WriteFigures(writer, "arguments", value.Arguments);
        }

        WriteFigures(writer, "figures", value.Figures);
        writer.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter writer, string name, IEnumerable<Figure> figures)
    {
        writer.WriteStartArray(name);
        foreach (var figure in figures)
        {
            writer.WriteStartObject();
            writer.WriteString("name", figure.Name);
            writer.WriteString("value", figure.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private sealed class StepNode
    {
        public string? Rule { get; set; }

        public string? Summary { get; set; }

        public string? Key { get; set; }

        public List<FigureNode?>? Arguments { get; set; }

        public List<FigureNode?>? Figures { get; set; }
    }

    private sealed class FigureNode
    {
        public string? Name { get; set; }

        public string? Value { get; set; }
    }
}
