using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Json.Schema;

namespace Ruicheng.Primitives.Validation;

/// <summary>
/// A document's JSON schema (draft 2020-12), checked before anything else is read: every shape error at once, each
/// as a violation whose code is <c>schema.&lt;keyword&gt;</c> (e.g. <c>schema.required</c>, <c>schema.pattern</c>)
/// and whose path is the JSON path of the offending value (<c>$.rules[0].points</c>; for a missing required or a
/// property not allowed (<c>schema.additionalProperties</c>), the object concerned). Formats (<c>date</c>) are asserted, not just annotated. Immutable and safe
/// to share between threads.
/// </summary>
public sealed class DocumentSchema
{
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    private readonly JsonSchema _schema;

    private DocumentSchema(JsonSchema schema) => _schema = schema;

    /// <summary>Parses a schema's text (each schema gets its own registry, so ids never clash between schemas).</summary>
    /// <param name="schemaText">The schema, JSON.</param>
    /// <exception cref="JsonException">The text is not a valid schema (a packaging bug for a shipped schema).</exception>
    public static DocumentSchema Parse(string schemaText)
    {
        ArgumentNullException.ThrowIfNull(schemaText);
        return new DocumentSchema(JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
    }

    /// <summary>Every way <paramref name="document"/> breaks the schema, in document order; empty when it conforms.</summary>
    /// <param name="document">The parsed document.</param>
    public ImmutableArray<RuleViolation> Check(JsonElement document)
    {
        var results = _schema.Evaluate(document, Evaluation);
        if (results.IsValid)
        {
            return [];
        }

        var violations = new List<(string Path, string Keyword, RuleViolation Violation)>();
        Collect(document, results, violations);
        return [.. violations.DistinctBy(v => (v.Path, v.Keyword, v.Violation.Message)).Select(v => v.Violation)];
    }

    /// <summary>
    /// Errors of failing nodes only, descending only into failing subschemas: a failure inside a passing <c>not</c>
    /// or an <c>if</c> that merely selects a branch is how those keywords work, not an error of the document.
    /// </summary>
    private static void Collect(JsonElement document, EvaluationResults node, List<(string Path, string Keyword, RuleViolation Violation)> into)
    {
        if (node.IsValid)
        {
            return;
        }

        if (node.Errors is { Count: > 0 } errors)
        {
            var path = JsonPath(document, node.InstanceLocation);
            var evaluation = node.EvaluationPath.ToString();
            foreach (var (reported, message) in errors)
            {
                var keyword = reported;
                var at = path;
                var text = message;
                if (keyword.Length == 0 && evaluation.EndsWith("/additionalProperties", StringComparison.Ordinal))
                {
                    // A property the schema does not allow fails the "false" subschema; name the object and the property.
                    var name = node.InstanceLocation.SegmentCount > 0 ? node.InstanceLocation[node.InstanceLocation.SegmentCount - 1].ToString() : string.Empty;
                    keyword = "additionalProperties";
                    at = node.InstanceLocation.GetParent(1) is { } parent ? JsonPath(document, parent) : "$";
                    text = $"Property '{name}' is not allowed here (names are case-sensitive).";
                }
                else if (keyword.Length == 0)
                {
                    keyword = "false";
                }

                into.Add((at, keyword, RuleViolation.At(RuleId.From("schema." + keyword), at, text)));
            }
        }

        foreach (var child in node.Details ?? [])
        {
            var evaluation = child.EvaluationPath.ToString();
            if (!evaluation.EndsWith("/not", StringComparison.Ordinal) && !evaluation.EndsWith("/if", StringComparison.Ordinal))
            {
                Collect(document, child, into);
            }
        }
    }

    /// <summary>A JSON pointer (<c>/rules/0/points</c>) as a JSON path (<c>$.rules[0].points</c>), indexes only where the document has an array.</summary>
    private static string JsonPath(JsonElement document, Json.Pointer.JsonPointer pointer)
    {
        var path = new StringBuilder("$");
        var current = document;
        for (var i = 0; i < pointer.SegmentCount; i++)
        {
            var segment = pointer[i].ToString();
            if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                current = index < current.GetArrayLength() ? current[index] : default;
            }
            else
            {
                path.Append('.').Append(segment);
                current = current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child) ? child : default;
            }
        }

        return path.ToString();
    }
}
