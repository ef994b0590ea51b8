namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A membership ends on or after the day it starts.</summary>
public static class MembershipDatesMustBeOrderedRule
{
    /// <summary>The rule's stable id: <c>hierarchy.membership.dates</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.membership.dates");
}
