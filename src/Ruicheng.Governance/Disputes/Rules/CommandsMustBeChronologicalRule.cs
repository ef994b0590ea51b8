namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A command cannot be dated before the case's last recorded step, nor, while the case has none, before its report.</summary>
public sealed class CommandsMustBeChronologicalRule : DisputeCommandRule
{
    private CommandsMustBeChronologicalRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.time.out-of-order</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.time.out-of-order");

    /// <summary>The rule, as the workflow table lists it.</summary>
    public static CommandsMustBeChronologicalRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "dated no earlier than the last recorded step";

    internal override void Check(DisputeCommand command, ICollection<RuleViolation> violations)
    {
        var last = command.Case.Audit.IsEmpty ? command.Case.ReportedAt : command.Case.Audit[^1].At;
        if (command.At < last)
        {
            violations.Add(RuleViolation.Of(
                Id,
                $"{command.Trigger} at {CivilTime.Describe(command.At)} is before the {(command.Case.Audit.IsEmpty ? "report" : "last recorded step")} at {CivilTime.Describe(last)}.",
                Figure.Of("at", command.At), Figure.Of("last", last)));
        }
    }
}
