using System.Text.Json;
using System.Text.Json.Serialization;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Primitives.Serialization;

/// <summary>
/// An explanation as JSON: <c>{"rulebook": "id@1.0" | null, "steps": [{"rule": "...", "summary": "...",
/// "figures": [{"name": "...", "value": "..."}]}]}</c> — every field required, figures as strings, order kept.
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

            return ExplanationStep.Of(rule, s.Summary, [.. s.Figures.Select(f => new Figure(f!.Name!, f.Value!))]);
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
            writer.WriteStartArray("figures");
            foreach (var figure in step.Figures)
            {
                writer.WriteStartObject();
                writer.WriteString("name", figure.Name);
                writer.WriteString("value", figure.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
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

        public List<FigureNode?>? Figures { get; set; }
    }

    private sealed class FigureNode
    {
        public string? Name { get; set; }

        public string? Value { get; set; }
    }
}
