using NodaTime;

namespace Ruicheng.Economy.Land;

/// <summary>One rent payment of a contract: the days it pays for, when it is due, and the rent.</summary>
/// <param name="Days">The days paid for.</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="Rent">The rent for those days, escalated by contract year and prorated by days, rounded half away from zero to the fen.</param>
/// <param name="Why">How it was computed.</param>
public sealed record RentPayment(DateInterval Days, LocalDate DueOn, Money Rent, string Why);
