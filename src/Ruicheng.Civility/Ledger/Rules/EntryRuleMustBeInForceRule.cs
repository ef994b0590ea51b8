namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>An award or deduction names a points rule in force on the day of the deed.</summary>
public static class EntryRuleMustBeInForceRule
{
    /// <summary>The rule's stable id: <c>ledger.rule.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.rule.unknown");
}
