using System.Globalization;
using System.Text.Json;

namespace Ruicheng.Primitives.Validation;

/// <summary>
/// Checks a document's JSON structure before it is bound and validated: every array element that is <c>null</c>
/// (<c>json.null-element</c>) and every property name that appears twice in one object (<c>json.duplicate-key</c>,
/// where a reader would silently keep the last value) is reported with its JSON path, all at once; so is every number
/// beyond what <see cref="decimal"/> holds (<c>json.number-range</c>, e.g. <c>1e400</c>): no document has a use for
/// one, and schema keywords such as <c>uniqueItems</c> cannot compare it.
/// </summary>
internal static class JsonStructureCheck
{
    internal static readonly RuleId NullElement = RuleId.From("json.null-element");
    internal static readonly RuleId DuplicateKey = RuleId.From("json.duplicate-key");
    internal static readonly RuleId NumberRange = RuleId.From("json.number-range");

    internal static List<RuleViolation> Check(string json)
    {
        var violations = new List<RuleViolation>();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
            Walk(document.RootElement, "$", violations);
        }
        catch (JsonException)
        {
            // Malformed text is reported by the reader with its line and position.
        }

        return violations;
    }

    private static void Walk(JsonElement element, string path, List<RuleViolation> violations)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var child = $"{path}.{property.Name}";
                    if (!seen.Add(property.Name))
                    {
                        violations.Add(RuleViolation.At(DuplicateKey, child, $"'{property.Name}' appears more than once in one object; each name may appear once.", property.Name));
                    }

                    Walk(property.Value, child, violations);
                }

                break;

            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var child = string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
                    if (item.ValueKind == JsonValueKind.Null)
                    {
                        violations.Add(RuleViolation.At(NullElement, child, "An array element is null; every element must be a value or an object.", "null"));
                    }
                    else
                    {
                        Walk(item, child, violations);
                    }

                    index++;
                }

                break;

            case JsonValueKind.Number when !element.TryGetDecimal(out _):
                violations.Add(RuleViolation.At(NumberRange, path, "The number is beyond what any field holds (at most 28 significant digits, magnitude below 7.9e28).", element.GetRawText()));
                break;
        }
    }
}
