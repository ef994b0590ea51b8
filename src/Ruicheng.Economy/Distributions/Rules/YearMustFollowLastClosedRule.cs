namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>
/// A cooperative closes its years one after another: the next year closed is the year after the last one closed (or
/// the books' first year); a year is never closed twice, skipped or closed out of order.
/// </summary>
public static class YearMustFollowLastClosedRule
{
    /// <summary>The rule's stable id: <c>economy.year.order</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.year.order");
}
