namespace Ruicheng.Economy.Collective;

/// <summary>One item of a village collective's income for a year.</summary>
/// <param name="Village">The village.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Amount">How much.</param>
/// <param name="Note">What it was.</param>
public sealed record CollectiveIncomeRecord(UnitId Village, int Year, IncomeSource Source, Money Amount, string Note);
