namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A dispute has at least one party.</summary>
public static class CaseNeedsPartiesRule
{
    /// <summary>The rule's stable id: <c>dispute.parties.required</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.parties.required");
}
