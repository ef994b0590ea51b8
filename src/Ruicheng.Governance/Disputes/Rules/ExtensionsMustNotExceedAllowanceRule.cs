namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A tier grants at most the extensions its rulebook entry allows.</summary>
public sealed class ExtensionsMustNotExceedAllowanceRule : DisputeCommandRule
{
    private ExtensionsMustNotExceedAllowanceRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.extension.exhausted</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.extension.exhausted");

    /// <summary>The rule, as the workflow table lists it.</summary>
    public static ExtensionsMustNotExceedAllowanceRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "extensions left at this tier";

    internal override void Check(DisputeCommand command, ICollection<RuleViolation> violations)
    {
        var tier = command.Case.Tier!;
        if (command.Case.ExtensionsUsed >= tier.ExtensionsAllowed)
        {
            violations.Add(RuleViolation.Of(Id, $"Tier {tier.Id} allows {tier.ExtensionsAllowed} extension(s).", Figure.Of("allowed", tier.ExtensionsAllowed), Figure.Of("used", command.Case.ExtensionsUsed)));
        }
    }
}
