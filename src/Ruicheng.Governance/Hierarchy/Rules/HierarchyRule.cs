namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>
/// A rule of a hierarchy's shape (区划层级规则): it checks its own condition over a hierarchy's unit, household and
/// membership definitions and writes its own violations, each at the JSON path of the definition it names, in document
/// order. <see cref="HierarchyRules.All"/> lists the rules a hierarchy must satisfy, in the order they are applied.
/// </summary>
public abstract class HierarchyRule
{
    private protected HierarchyRule()
    {
    }

    /// <summary>The code of the violations it writes.</summary>
    public abstract RuleId Code { get; }

    /// <summary>What must hold, in words.</summary>
    public abstract string Summary { get; }

    /// <summary>Adds a violation for every definition that breaks the rule.</summary>
    internal abstract void Check(HierarchyCheck check);

    /// <summary><c>code: summary</c>.</summary>
    public override string ToString() => $"{Code}: {Summary}";
}
