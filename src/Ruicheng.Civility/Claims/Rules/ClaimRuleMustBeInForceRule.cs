using Ruicheng.Civility.Ledger;

namespace Ruicheng.Civility.Claims.Rules;

/// <summary>A claim names a points rule in force on the day of the deed.</summary>
public sealed class ClaimRuleMustBeInForceRule : ClaimRule
{
    private ClaimRuleMustBeInForceRule()
    {
    }

    /// <summary>The rule's stable id: <c>claim.rule.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.rule.unknown");

    /// <summary>The rule, as <see cref="ClaimRules"/> lists it.</summary>
    public static ClaimRuleMustBeInForceRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a points rule in force on the day of the deed";

    internal override RuleViolation? Check(ClaimCheck check)
    {
        return check.Rulebook.FindRuleInForce(check.Rule, check.OccurredOn) is null
            ? RuleViolation.Of(Id, $"No rule '{check.Rule}' is in force on {check.OccurredOn:uuuu-MM-dd}.")
            : null;
    }
}
