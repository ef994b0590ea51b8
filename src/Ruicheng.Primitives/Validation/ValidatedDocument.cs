using System.Collections.Immutable;
using System.Text.Json;
using Ruicheng.Primitives.Serialization;

namespace Ruicheng.Primitives.Validation;

/// <summary>
/// The one way every Ruicheng document is loaded at the boundary, schema first:
/// <list type="number">
/// <item>read the text as strict JSON (RFC 8259: no comments, no trailing commas; malformed text is one
/// <c>json.malformed</c> violation with its line);</item>
/// <item>check the shape: a null array element (<c>json.null-element</c>), a property name repeated in one object
/// (<c>json.duplicate-key</c>), and every way the document breaks its shipped JSON schema (<c>schema.*</c>) — all of
/// them at once, each with its JSON path;</item>
/// <item>bind it (property names case-sensitive, numbers never from strings, money as a decimal string of yuan) and
/// check the domain rules the schema cannot state (every failure at once, with its path);</item>
/// <item>only then build the domain object — so nothing invalid is half-built.</item>
/// </list>
/// The domain packages compose these steps (<see cref="CheckShape"/>, <see cref="Read{TDocument}"/>, their own rules,
/// <see cref="Combine"/>); a host can use the same steps for its own documents.
/// </summary>
public static class ValidatedDocument
{
    /// <summary>
    /// Every violation of a document once: all shape violations, then the domain violations that are not at or under a
    /// path a shape violation already names (a value the schema refused is not reported twice).
    /// </summary>
    /// <param name="shape">The shape violations (<see cref="CheckShape"/>).</param>
    /// <param name="domain">The domain violations of the bound document.</param>
    public static ImmutableArray<RuleViolation> Combine(IEnumerable<RuleViolation> shape, IEnumerable<RuleViolation> domain)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(domain);
        var shapeList = shape.ToList();
        return [.. shapeList, .. domain.Where(d => !shapeList.Any(s => Covers(s.Path, d.Path)))];
    }

    /// <summary>
    /// Whether a shape violation stops reading the document at all: malformed JSON, a null element or a repeated key.
    /// Other shape violations still let the domain rules run on what was bound, so every error is reported at once.
    /// </summary>
    /// <param name="violation">A violation from <see cref="CheckShape"/>.</param>
    public static bool IsStructural(RuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return violation.Code.Value.StartsWith("json.", StringComparison.Ordinal);
    }

    private static bool Covers(string shapePath, string domainPath) =>
        domainPath == shapePath
        || (domainPath.StartsWith(shapePath, StringComparison.Ordinal) && domainPath[shapePath.Length] is '.' or '[');

    /// <summary>
    /// Steps 1 and 2: whether the text is strict JSON, then either every structural
    /// fault (null array elements, repeated property names, numbers beyond <see cref="decimal"/>) or, when there is
    /// none, every schema violation — all at once, each with its JSON path.
    /// </summary>
    /// <param name="json">The document's text.</param>
    /// <param name="schema">The document's JSON schema.</param>
    /// <returns>Every shape violation; empty when the document has the schema's shape.</returns>
    public static ImmutableArray<RuleViolation> CheckShape(string json, DocumentSchema schema)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(schema);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" (line {line + 1}, byte {exception.BytePositionInLine + 1})" : string.Empty;
            return [RuleViolation.At(RuichengJson.MalformedCode, "$", $"Not strict JSON{where}: comments, trailing commas and unquoted names are not allowed.")];
        }

        using (parsed)
        {
            // A structural fault (null element, repeated key, number beyond decimal) makes the document unreadable as
            // such: it is reported alone, and the schema is not evaluated over it.
            var structure = JsonStructureCheck.Check(json);
            return structure.Count > 0 ? [.. structure] : schema.Check(parsed.RootElement);
        }
    }

    /// <summary>
    /// Reads a document's JSON with the structural checks every loader makes, and nothing else: malformed text
    /// (<c>json.malformed</c>), a null array element (<c>json.null-element</c>) or a property name repeated in one
    /// object (<c>json.duplicate-key</c>) is a violation with its path; the domain rules are the caller's.
    /// </summary>
    /// <typeparam name="TDocument">The document's JSON shape.</typeparam>
    /// <param name="json">The document's text.</param>
    /// <returns>The document, or every structural violation.</returns>
    public static Result<TDocument> Read<TDocument>(string json)
        where TDocument : class
    {
        var read = RuichengJson.Read<TDocument>(json);
        if (read.IsFailure)
        {
            return read;
        }

        var structure = JsonStructureCheck.Check(json);
        return structure.Count > 0 ? Result<TDocument>.Failure(structure) : read;
    }

    /// <summary>Loads a document that ships inside a package and must be valid.</summary>
    /// <typeparam name="T">The domain object.</typeparam>
    /// <param name="result">The outcome of loading the shipped document.</param>
    /// <param name="what">What the document is, for the message.</param>
    /// <exception cref="InvalidOperationException">The shipped document does not validate (a packaging bug).</exception>
    public static T Require<T>(Result<T> result, string what)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException($"The built-in {what} is invalid: " + string.Join("; ", result.Violations));
    }
}
