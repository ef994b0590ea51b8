namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>An award uses a positive rule and a deduction a negative one.</summary>
public static class EntryKindMustMatchRuleSignRule
{
    /// <summary>The rule's stable id: <c>ledger.kind.sign</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.kind.sign");
}
