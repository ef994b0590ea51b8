using NodaTime;

namespace Ruicheng.Economy.Land;

/// <summary>One rent payment of a contract: the days it pays for, when it is due, and the rent.</summary>
/// <param name="Days">The days paid for.</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="Rent">The rent for those days, escalated by contract year and prorated by days, rounded half away from zero to the fen.</param>
/// <param name="Why">How it was computed.</param>
public sealed record RentPayment(DateInterval Days, LocalDate DueOn, Money Rent, string Why)
{
    /// <summary>
    /// <see cref="Why"/> as a message with its values, so it reads in Chinese or English
    /// (<c>EconomyMessages.Catalog.Describe(line.Reason, culture)</c>); null for a line not written by the engine.
    /// </summary>
    public ExplanationStep? Reason { get; init; }
}
