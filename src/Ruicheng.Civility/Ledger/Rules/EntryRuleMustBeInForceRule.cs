namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>An award or deduction names a points rule in force on the day of the deed.</summary>
public sealed class EntryRuleMustBeInForceRule : EntryRule
{
    private EntryRuleMustBeInForceRule()
    {
    }

    /// <summary>The rule's stable id: <c>ledger.rule.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.rule.unknown");

    /// <summary>The rule, as <see cref="EntryRules"/> lists it.</summary>
    public static EntryRuleMustBeInForceRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a points rule in force on the day of the deed";

    internal override RuleViolation? Check(EntryCheck check)
    {
        var draft = check.Draft;
        check.Rule = draft.Rule is { } id ? check.Rulebook.FindRuleInForce(id, draft.OccurredOn) : null;
        return check.Rule is null
            ? RuleViolation.At(Id, check.Path, $"No rule '{draft.Rule}' is in force on {draft.OccurredOn:uuuu-MM-dd} in {check.Rulebook.Header}.", draft.Rule?.Value)
            : null;
    }
}
