namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A resident belongs to at most one household on any day; moves are dated.</summary>
public static class ResidentInOneHouseholdAtATimeRule
{
    /// <summary>The rule's stable id: <c>hierarchy.membership.overlap</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.membership.overlap");
}
