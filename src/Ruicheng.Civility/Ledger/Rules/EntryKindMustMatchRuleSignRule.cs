namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>An award uses a positive rule and a deduction a negative one.</summary>
public sealed class EntryKindMustMatchRuleSignRule : EntryRule
{
    private EntryKindMustMatchRuleSignRule()
    {
    }

    /// <summary>The rule's stable id: <c>ledger.kind.sign</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.kind.sign");

    /// <summary>The rule, as <see cref="EntryRules"/> lists it.</summary>
    public static EntryKindMustMatchRuleSignRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "an award under a positive rule, a deduction under a negative one";

    internal override RuleViolation? Check(EntryCheck check)
    {
        var rule = check.Rule!;
        return (rule.Points > 0) != (check.Draft.Kind == EntryKind.Award)
            ? RuleViolation.At(Id, check.Path, $"Rule {rule.Id} gives {rule.Points} points; it cannot record a {check.Draft.Kind}.", check.Draft.Kind.ToString())
            : null;
    }
}
