namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>Declining (不予受理), failing, extending, withdrawing and escalating state a reason.</summary>
public sealed class ReasonRequiredRule : DisputeCommandRule
{
    private ReasonRequiredRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.reason.required</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.reason.required");

    /// <summary>The rule, as the workflow table lists it.</summary>
    public static ReasonRequiredRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a reason given";

    internal override void Check(DisputeCommand command, ICollection<RuleViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            violations.Add(RuleViolation.Of(Id, $"{command.Trigger} needs a reason."));
        }
    }
}
