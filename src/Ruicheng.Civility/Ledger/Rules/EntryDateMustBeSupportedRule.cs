namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>
/// An entry's date lies within <see cref="CivilTime.EarliestDate"/>..<see cref="CivilTime.LatestDate"/> (1900-01-01 to
/// 2199-12-31), the dates every window and deadline is computed for.
/// </summary>
public static class EntryDateMustBeSupportedRule
{
    /// <summary>The rule's stable id: <c>ledger.date.range</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.date.range");
}
