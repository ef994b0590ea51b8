namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A dispute is reported by a grid worker (网格员), a resident, a party or a governance post holder.</summary>
public static class ReporterMustBeEntitledRule
{
    /// <summary>The rule's stable id: <c>dispute.report.actor</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.report.actor");
}
