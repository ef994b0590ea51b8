using NodaTime;

namespace Ruicheng.Economy.Cooperatives;

/// <summary>
/// A dated holding of one share class by one member (持股): units are mu for land shares and shares otherwise.
/// Held from <see cref="From"/> to <see cref="To"/> inclusive (open-ended when <see cref="To"/> is null).
/// </summary>
/// <param name="Member">The holder.</param>
/// <param name="Class">The share class.</param>
/// <param name="Units">How many units (mu or shares), positive.</param>
/// <param name="From">The first day held.</param>
/// <param name="To">The last day held, or null.</param>
public sealed record ShareHolding(MemberId Member, ShareClass Class, decimal Units, LocalDate From, LocalDate? To = null)
{
    /// <summary>Whether the holding is held on a date.</summary>
    /// <param name="date">The date.</param>
    public bool IsHeldOn(LocalDate date) => date >= From && (To is null || date <= To);
}
