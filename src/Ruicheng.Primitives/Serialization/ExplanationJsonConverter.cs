using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Primitives.Serialization;

/// <summary>
/// An explanation as JSON: <c>{"rulebook": "id@1.0" | null, "steps": [{"rule": "...", "summary": "...", "key": "...",
/// "arguments": [...], "figures": [{"name": "...", "value": "..."}]}]}</c> — rule, summary and figures required; key
/// and arguments present for a step written from a message; values as strings, order kept.
/// </summary>
internal sealed class ExplanationJsonConverter : JsonConverter<Explanation>
{
    public override Explanation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonSerializer.Deserialize<ExplanationNode>(ref reader, Strict) ?? throw new JsonException("An explanation is an object.");
        RulebookReference? rulebook = node.Rulebook is null ? null
            : RulebookReference.TryParse(node.Rulebook, out var reference) ? reference : throw new JsonException($"'{node.Rulebook}' is not a rulebook reference.");
        var steps = (node.Steps ?? throw new JsonException("An explanation lists its steps.")).Select(s =>
        {
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
        });
        return Explanation.Create(rulebook, steps);
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
            writer.WriteStartObject();
            writer.WriteString("rule", step.Rule.Value);
            writer.WriteString("summary", step.Summary);
            if (step.Key.Length > 0)
            {
                writer.WriteString("key", step.Key);
                WriteFigures(writer, "arguments", step.Arguments);
            }

            WriteFigures(writer, "figures", step.Figures);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
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

    private static readonly JsonSerializerOptions Strict = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private sealed class ExplanationNode
    {
        public string? Rulebook { get; set; }

        public List<StepNode?>? Steps { get; set; }
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
