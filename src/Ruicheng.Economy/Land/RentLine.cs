using NodaTime;

namespace Ruicheng.Economy.Land;

/// <summary>One year of a rent schedule: the calendar year, the days of it under contract, and the rent due.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Days">The days of the year under contract.</param>
/// <param name="Rent">The rent for those days, prorated by days and escalated by contract year.</param>
/// <param name="Why">How it was computed.</param>
public sealed record RentLine(int Year, DateInterval Days, Money Rent, string Why)
{
    /// <summary>
    /// <see cref="Why"/> as a message with its values, so it reads in Chinese or English
    /// (<c>EconomyMessages.Catalog.Describe(line.Reason, culture)</c>); null for a line not written by the engine.
    /// </summary>
    public ExplanationStep? Reason { get; init; }
}
