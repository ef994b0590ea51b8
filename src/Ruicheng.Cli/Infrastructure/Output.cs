using System.Text.Json;
using Ruicheng.Primitives.Serialization;
using Spectre.Console;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>Machine output: JSON written raw to the console's writer (no wrapping or markup).</summary>
internal static class Output
{
    public static void Json(IAnsiConsole console, object value)
    {
        console.Profile.Out.Writer.Write(JsonSerializer.Serialize(value, RuichengJson.Options));
        console.Profile.Out.Writer.WriteLine();
    }

    /// <summary>One compact JSON object on one line (JSON lines), for streamed output.</summary>
    public static void JsonLine(IAnsiConsole console, object value)
    {
        console.Profile.Out.Writer.Write(JsonSerializer.Serialize(value, CompactOptions));
        console.Profile.Out.Writer.WriteLine();
    }

    private static readonly JsonSerializerOptions CompactOptions = new(RuichengJson.Options) { WriteIndented = false };

    public static void Violations(IAnsiConsole console, string file, IEnumerable<RuleViolation> violations, System.Globalization.CultureInfo? culture = null)
    {
        culture ??= System.Globalization.CultureInfo.CurrentUICulture;
        var table = new Table().Title(Texts.Say(culture, "cli.violations.title", ("file", file)))
            .AddColumns(Texts.Plain(culture, "cli.column.code"), Texts.Plain(culture, "cli.column.path"), Texts.Plain(culture, "cli.column.message"));
        foreach (var violation in violations)
        {
            table.AddRow(Markup.Escape(violation.Code.Value), Markup.Escape(violation.Path), Markup.Escape(Texts.Catalog.DescribeMessage(violation, culture)));
        }

        console.Write(table);
    }

    public static object ViolationShape(RuleViolation violation) =>
        new { code = violation.Code.Value, path = violation.Path, message = violation.Message, attemptedValue = violation.AttemptedValue };

    public static string ReadFile(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UnusableInputException($"{option}: a file is required");
        }

        if (!File.Exists(path))
        {
            throw UnusableInputException.At(path, "-", $"{option}: file not found");
        }

        return File.ReadAllText(path);
    }
}
