namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>Quantities are positive: whole occurrences, hours, or points spent.</summary>
public static class QuantityMustBeValidRule
{
    /// <summary>The rule's stable id: <c>ledger.quantity.invalid</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.quantity.invalid");
}
