namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A case escalates to the next tier of its ladder, skipping only tiers the rulebook lets its type skip; there must be such a tier before litigation.</summary>
public sealed class EscalationNeedsNextTierRule : DisputeCommandRule
{
    private EscalationNeedsNextTierRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.escalation.no-next-tier</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.escalation.no-next-tier");

    /// <summary>The rule, as the workflow table lists it.</summary>
    public static EscalationNeedsNextTierRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a next tier before litigation";

    internal override void Check(DisputeCommand command, ICollection<RuleViolation> violations)
    {
        if (command.Case.NextTierIndex() < 0)
        {
            violations.Add(RuleViolation.Of(Id, $"There is no tier after {command.Case.Tier} before litigation for a {command.Case.CaseType.Id} case; refer it to court instead.", Figure.Of("tier", command.Case.Tier?.Id)));
        }
    }
}
