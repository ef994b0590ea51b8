namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>No litigation before the administrative stage (先协商、再行政、后诉讼), unless the case type is exempt from it.</summary>
public static class AdministrativeStageBeforeLitigationRule
{
    /// <summary>The rule's stable id: <c>dispute.court.administrative-first</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.court.administrative-first");
}
