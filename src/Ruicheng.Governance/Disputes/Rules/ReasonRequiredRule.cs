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
        if (Check(command.Reason, command.Trigger.ToString()) is { } missing)
        {
            violations.Add(missing);
        }
    }

    /// <summary>The violation when <paramref name="reason"/> is blank for <paramref name="what"/> (the command, as the message names it), else null.</summary>
    internal static RuleViolation? Check(string? reason, string what) =>
        string.IsNullOrWhiteSpace(reason) ? RuleViolation.Of(Id, $"{what} needs a reason.") : null;
}
