namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>
/// A cooperative closes its years one after another: the books open on a year of the civil calendar (1900–2199), the
/// next year closed is the year after the last one closed (or the books' first year); a year is never closed twice,
/// skipped or closed out of order.
/// </summary>
public static class YearMustFollowLastClosedRule
{
    /// <summary>The rule's stable id: <c>economy.year.order</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.year.order");

    /// <summary>The violation at <c>firstYear</c> when books would open on a year outside the civil calendar, else null.</summary>
    internal static RuleViolation? CheckFirstYear(int firstYear) =>
        firstYear < CivilTime.EarliestDate.Year || firstYear > CivilTime.LatestDate.Year
            ? RuleViolation.At(Id, "firstYear", $"{firstYear} is outside {CivilTime.EarliestDate.Year}–{CivilTime.LatestDate.Year}.")
            : null;

    /// <summary>The violation at <c>year</c> when <paramref name="year"/> is not <paramref name="nextYear"/>, the year after <paramref name="lastClosed"/> (null: none closed yet), else null.</summary>
    internal static RuleViolation? CheckClose(int year, int nextYear, int? lastClosed)
    {
        if (year == nextYear)
        {
            return null;
        }

        var why = lastClosed is { } last && year <= last ? $"{year} is already closed (the last year closed is {last})" : $"the next year to close is {nextYear}, not {year}";
        return RuleViolation.At(Id, "year", $"Cannot close {year}: {why}.", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
