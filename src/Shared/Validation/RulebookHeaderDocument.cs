using Ruicheng.Primitives.Rulebooks;
using Ruicheng.Primitives;
using NodaTime;

namespace Ruicheng.Shared.Validation;

/// <summary>
/// The JSON shape of a rulebook's <c>header</c> object, shared by every Ruicheng rulebook file. Plain data at the
/// serialization edge: validate it with <see cref="RulebookHeaderDocumentValidator"/>, then call <see cref="ToHeader"/>.
/// </summary>
internal sealed class RulebookHeaderDocument
{
    /// <summary>The rulebook id, e.g. <c>ruicheng.civility</c>.</summary>
    public string? Id { get; set; }

    /// <summary>The version, e.g. <c>1.0</c>.</summary>
    public string? Version { get; set; }

    /// <summary>A human title.</summary>
    public string? Title { get; set; }

    /// <summary>The id of the adopting unit.</summary>
    public string? Jurisdiction { get; set; }

    /// <summary>The first day in force.</summary>
    public LocalDate? EffectiveFrom { get; set; }

    /// <summary>The last day in force, or null.</summary>
    public LocalDate? EffectiveTo { get; set; }

    /// <summary>Where the rules came from (documents, practice references).</summary>
    public string? Source { get; set; }

    /// <summary>Converts a validated document into a header.</summary>
    /// <exception cref="InvalidOperationException">The document was not validated first.</exception>
    public RulebookHeader ToHeader()
    {
        if (!RulebookId.TryFrom(Id, out var id) || !RulebookVersion.TryParse(Version, out var version)
            || !UnitId.TryFrom(Jurisdiction, out var jurisdiction) || EffectiveFrom is not { } from || string.IsNullOrWhiteSpace(Title))
        {
            throw new InvalidOperationException("Validate the header document with RulebookHeaderDocumentValidator before converting it.");
        }

        return RulebookHeader.Create(id, version, Title, jurisdiction, from, EffectiveTo);
    }
}
