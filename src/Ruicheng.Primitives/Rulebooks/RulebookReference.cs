namespace Ruicheng.Primitives.Rulebooks;

/// <summary>A rulebook's id and version: enough to say which rules a decision applied.</summary>
/// <param name="Id">The rulebook's id.</param>
/// <param name="Version">The rulebook's version.</param>
public readonly record struct RulebookReference(RulebookId Id, RulebookVersion Version)
{
    /// <summary><c>id@version</c>.</summary>
    public override string ToString() => $"{Id}@{Version}";
}
