namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A case has a type the rulebook in force defines.</summary>
public static class CaseTypeMustBeKnownRule
{
    /// <summary>The rule's stable id: <c>dispute.case-type.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.case-type.unknown");
}
