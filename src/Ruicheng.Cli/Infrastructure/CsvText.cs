using System.Buffers;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>Writing CSV fields as RFC 4180 requires.</summary>
internal static class CsvText
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>
    /// The field as written: unchanged, or — when it holds a comma, a quote, CR or LF — enclosed in quotes with each
    /// quote doubled. A leading or trailing space is data and is kept as is.
    /// </summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(NeedsQuotes) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
