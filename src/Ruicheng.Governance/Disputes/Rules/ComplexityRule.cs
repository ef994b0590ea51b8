namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>
/// A case is accepted as simple, ordinary or complex only when its case type states the limits for each, with a
/// reason; the judgement may be changed once, with a reason, while the case is at the tier that accepted it.
/// </summary>
public static class ComplexityRule
{
    /// <summary>The rule's stable id: <c>governance.complexity</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.complexity");
}
