namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>Only a petition (信访) may be closed as disruptive, repeated petitioning (缠访闹访).</summary>
public static class DisruptiveClosureOnlyForPetitionsRule
{
    /// <summary>The rule's stable id: <c>dispute.closure.disruptive-petition-only</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.closure.disruptive-petition-only");
}
