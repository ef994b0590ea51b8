namespace Ruicheng.Primitives.Rulebooks.Changes;

/// <summary>What a change (修订) did to a rulebook value.</summary>
public enum RulebookChangeKind
{
    /// <summary>A value, section or list element that the old rulebook did not have.</summary>
    Added = 0,

    /// <summary>A value, section or list element that the new rulebook no longer has.</summary>
    Removed = 1,

    /// <summary>A value that both have, with a different content (old → new).</summary>
    Changed = 2,

    /// <summary>A list whose elements stand in a different order (the keys, old order → new order).</summary>
    Reordered = 3,
}
