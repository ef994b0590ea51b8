namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>
/// Every amount a distribution computes (a floor due, units × price, a sum of dues or units) fits
/// <see cref="Money"/> (±92,233,720,368,547,758.07 yuan) and <see cref="decimal"/>; a register and plan whose amounts
/// do not are refused, never wrapped or rounded. Books open with balances (reserve, welfare fund, loss carried
/// forward) of zero or more.
/// </summary>
public static class AmountsMustFitMoneyRule
{
    /// <summary>The rule's stable id: <c>economy.amount.range</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.amount.range");

    /// <summary>The violation at <paramref name="name"/> when an opening balance is negative, else null.</summary>
    internal static RuleViolation? CheckOpeningBalance(string name, Money amount) =>
        amount < Money.Zero ? RuleViolation.At(Id, name, $"An opening balance is zero or more, not {amount}.") : null;

    /// <summary>The violation when a distribution's checked arithmetic overflowed (the overflow is the test).</summary>
    internal static RuleViolation Overflowed() => RuleViolation.Of(
        Id,
        $"An amount of this distribution (floors due, units × price, or a sum of them) is beyond what Money holds ({Money.MinValue}..{Money.MaxValue}); check the register's units and the plan's figures.");
}
