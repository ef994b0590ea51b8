namespace Ruicheng.Primitives.Rulebooks;

/// <summary>A versioned rulebook (规则手册) of any package: its header says which one, which version, and when it is in force.</summary>
public interface IRulebook
{
    /// <summary>Id, version, dates in force, jurisdiction.</summary>
    RulebookHeader Header { get; }
}
