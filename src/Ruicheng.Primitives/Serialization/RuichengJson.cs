using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Ruicheng.Primitives.Serialization;

/// <summary>
/// The one JSON configuration every Ruicheng document uses: strict JSON (no comments, no trailing commas), camelCase
/// property names matched case-sensitively, numbers never read from strings, unknown members rejected; NodaTime's
/// ISO formats (<c>2026-06-30</c>, <c>2026-07-01T09:00:00+08:00</c>); money as a decimal string of yuan with at most
/// two decimals (<c>"1234.56"</c>, never a JSON number, so that no reader ever goes through floating point); ids,
/// ratios and versions as strings.
/// </summary>
public static class RuichengJson
{
    /// <summary>A read-only, shared instance of <see cref="CreateOptions"/>.</summary>
    public static JsonSerializerOptions Options { get; } = Freeze(CreateOptions());

    /// <summary>A new, mutable copy of the Ruicheng JSON options, for hosts that add their own converters.</summary>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            WriteIndented = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new MoneyJsonConverter());
        options.Converters.Add(new RatioJsonConverter());
        options.Converters.Add(new RulebookVersionJsonConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    /// <summary>
    /// Reads a JSON document into <typeparamref name="T"/>, turning malformed JSON and type mismatches into a
    /// violation with the JSON path and line instead of an exception.
    /// </summary>
    /// <typeparam name="T">The document type (a plain data shape; validate it afterwards).</typeparam>
    /// <param name="json">The document text.</param>
    /// <returns>The document, or a <c>json.malformed</c> violation.</returns>
    public static Result<T> Read<T>(string json)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var document = JsonSerializer.Deserialize<T>(json, Options);
            return document is null
                ? Result<T>.Failure(RuleViolation.At(MalformedCode, "$", "The document is empty (null)."))
                : Result<T>.Success(document);
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" (line {line + 1}, byte {exception.BytePositionInLine + 1})" : string.Empty;
            var message = (exception.InnerException?.Message ?? exception.Message) + where;
            return Result<T>.Failure(RuleViolation.At(MalformedCode, exception.Path ?? "$", message));
        }
    }

    /// <summary>The rule id of a document that is not well-formed JSON of the expected shape.</summary>
    public static RuleId MalformedCode { get; } = RuleId.From("json.malformed");

    private static JsonSerializerOptions Freeze(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
