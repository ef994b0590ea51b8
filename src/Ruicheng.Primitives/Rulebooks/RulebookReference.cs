using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Ruicheng.Primitives.Rulebooks;

/// <summary>
/// A rulebook's id and version: enough to say which rules a decision applied. Written <c>id@major.minor</c>
/// (e.g. <c>ruicheng.governance@1.0</c>), also as a JSON string.
/// </summary>
/// <param name="Id">The rulebook's id.</param>
/// <param name="Version">The rulebook's version.</param>
[JsonConverter(typeof(Serialization.RulebookReferenceJsonConverter))]
public readonly record struct RulebookReference(RulebookId Id, RulebookVersion Version)
{
    /// <summary><c>id@version</c>.</summary>
    public override string ToString() => $"{Id}@{Version}";

    /// <summary>Reads <c>id@major.minor</c> (the last <c>@</c> separates the version).</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The reference, or default when the text is not one.</param>
    /// <returns>Whether the text was a reference.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RulebookReference reference)
    {
        reference = default;
        var at = text?.LastIndexOf('@') ?? -1;
        if (at <= 0 || !RulebookId.TryFrom(text![..at], out var id) || !RulebookVersion.TryParse(text[(at + 1)..], out var version))
        {
            return false;
        }

        reference = new RulebookReference(id, version);
        return true;
    }

    /// <summary>Reads <c>id@major.minor</c>.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">The text is not a reference.</exception>
    public static RulebookReference Parse(string text) =>
        TryParse(text, out var reference) ? reference : throw new FormatException($"'{text}' is not a rulebook reference such as ruicheng.governance@1.0.");
}
