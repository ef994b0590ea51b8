namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>
/// Every amount a distribution computes (a floor due, units × price, a sum of dues or units) fits
/// <see cref="Money"/> (±92,233,720,368,547,758.07 yuan) and <see cref="decimal"/>; a register and plan whose amounts
/// do not are refused, never wrapped or rounded.
/// </summary>
public static class AmountsMustFitMoneyRule
{
    /// <summary>The rule's stable id: <c>economy.amount.range</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.amount.range");
}
