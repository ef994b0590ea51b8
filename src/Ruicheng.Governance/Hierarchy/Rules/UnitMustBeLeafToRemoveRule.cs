namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>Only a unit with no child units and no households may be removed.</summary>
public static class UnitMustBeLeafToRemoveRule
{
    /// <summary>The rule's stable id: <c>hierarchy.remove.not-leaf</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.remove.not-leaf");

    /// <summary>
    /// The violation when the unit <paramref name="name"/> still has <paramref name="children"/> child units or
    /// <paramref name="households"/> households, or is the county (<paramref name="isCounty"/>), else null.
    /// </summary>
    internal static RuleViolation? Check(string name, int children, int households, bool isCounty) =>
        children > 0 || households > 0 || isCounty
            ? RuleViolation.Of(
                Id,
                $"{name} still has {children} child units and {households} households (or is the county).",
                Figure.Of("children", children),
                Figure.Of("households", households))
            : null;
}
