namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>A redemption spends at most the spendable balance; the balance never goes negative.</summary>
public static class RedemptionMustNotExceedBalanceRule
{
    /// <summary>The rule's stable id: <c>ledger.redemption.balance</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.redemption.balance");
}
