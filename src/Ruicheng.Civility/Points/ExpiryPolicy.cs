namespace Ruicheng.Civility.Points;

/// <summary>
/// How long points count (积分有效期): the honour score counts points from the last <see cref="HonourWindowMonths"/>
/// months (a rolling window ending on the scoring date); the spendable balance resets each year on the given month
/// and day (recorded as a reset entry in the ledger).
/// </summary>
/// <param name="HonourWindowMonths">Months of points the honour score counts, at least 1 (e.g. 24).</param>
/// <param name="SpendableResetMonth">The month of the yearly spendable reset (e.g. 12).</param>
/// <param name="SpendableResetDay">The day of the yearly spendable reset (e.g. 31).</param>
public sealed record ExpiryPolicy(int HonourWindowMonths, int SpendableResetMonth, int SpendableResetDay);
