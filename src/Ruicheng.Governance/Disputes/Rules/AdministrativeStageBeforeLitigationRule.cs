namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>No litigation before the administrative stage (先协商、再行政、后诉讼), unless the case type is exempt from it.</summary>
public sealed class AdministrativeStageBeforeLitigationRule : DisputeCommandRule
{
    private AdministrativeStageBeforeLitigationRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.court.administrative-first</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.court.administrative-first");

    /// <summary>The rule, as the workflow table lists it.</summary>
    public static AdministrativeStageBeforeLitigationRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "administrative stage reached or exempt (先协商、再行政、后诉讼)";

    internal override void Check(DisputeCommand command, ICollection<RuleViolation> violations)
    {
        var c = command.Case;
        if (c.LitigationTierIndex() < 0)
        {
            violations.Add(RuleViolation.Of(Id, $"The {c.CaseType.Ladder.Id} ladder has no litigation tier."));
        }
        else if (!c.VisitedStages.Contains(DisputeStage.Administrative) && !c.CaseType.ExemptStages.Contains(DisputeStage.Administrative))
        {
            violations.Add(RuleViolation.Of(
                Id,
                $"The case has not been through the administrative stage (先协商、再行政、后诉讼) and a {c.CaseType.Id} case is not exempt from it.",
                Figure.Of("stagesVisited", string.Join("+", c.VisitedStages.Order()))));
        }
    }
}
