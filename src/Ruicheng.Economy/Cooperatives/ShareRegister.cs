using System.Collections.Immutable;
using NodaTime;

namespace Ruicheng.Economy.Cooperatives;

/// <summary>
/// A cooperative's share register (股权登记簿): its members and their dated holdings. Immutable; answers "who held
/// what on date D".
/// </summary>
public sealed class ShareRegister
{
    private ShareRegister(string cooperative, ImmutableArray<CooperativeMember> members, ImmutableArray<ShareHolding> holdings)
    {
        Cooperative = cooperative;
        Members = members;
        Holdings = holdings;
    }

    /// <summary>The cooperative's name, e.g. 蔡村股份经济合作社.</summary>
    public string Cooperative { get; }

    /// <summary>The members.</summary>
    public ImmutableArray<CooperativeMember> Members { get; }

    /// <summary>Every holding, in registration order.</summary>
    public ImmutableArray<ShareHolding> Holdings { get; }

    /// <summary>Creates a register.</summary>
    /// <param name="cooperative">The cooperative's name.</param>
    /// <param name="members">The members; ids distinct.</param>
    /// <param name="holdings">The holdings; each by a member, with positive units and ordered dates.</param>
    /// <exception cref="ArgumentException">A member id repeats, a holding names an unknown member, has non-positive units or reversed dates.</exception>
    public static ShareRegister Create(string cooperative, IEnumerable<CooperativeMember> members, IEnumerable<ShareHolding> holdings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cooperative);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(holdings);
        var memberList = members.ToImmutableArray();
        var ids = new HashSet<MemberId>();
        foreach (var member in memberList)
        {
            if (!ids.Add(member.Id))
            {
                throw new ArgumentException($"Member '{member.Id}' appears twice.", nameof(members));
            }
        }

        var holdingList = holdings.ToImmutableArray();
        foreach (var holding in holdingList)
        {
            if (!ids.Contains(holding.Member))
            {
                throw new ArgumentException($"A holding names '{holding.Member}', who is not a member.", nameof(holdings));
            }

            if (holding.Units <= 0 || (holding.To is { } to && to < holding.From))
            {
                throw new ArgumentException($"Holding of {holding.Member} ({holding.Class}) needs positive units and ordered dates.", nameof(holdings));
            }
        }

        return new ShareRegister(cooperative, memberList, holdingList);
    }

    /// <summary>The member with an id.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No such member.</exception>
    public CooperativeMember Member(MemberId id) =>
        Members.FirstOrDefault(m => m.Id == id) ?? throw new KeyNotFoundException($"No member '{id}' in {Cooperative}.");

    /// <summary>The units of a class each member held on a date, members in register order, zero holdings left out.</summary>
    /// <param name="shareClass">The class.</param>
    /// <param name="date">The date.</param>
    public ImmutableArray<KeyValuePair<MemberId, decimal>> UnitsOn(ShareClass shareClass, LocalDate date)
    {
        var units = new Dictionary<MemberId, decimal>();
        foreach (var holding in Holdings)
        {
            if (holding.Class == shareClass && holding.IsHeldOn(date))
            {
                units[holding.Member] = units.GetValueOrDefault(holding.Member) + holding.Units;
            }
        }

        return Members.Where(m => units.ContainsKey(m.Id)).Select(m => KeyValuePair.Create(m.Id, units[m.Id])).ToImmutableArray();
    }

    /// <summary>Every holding in force on a date.</summary>
    /// <param name="date">The date.</param>
    public ImmutableArray<ShareHolding> HoldingsOn(LocalDate date) => Holdings.Where(h => h.IsHeldOn(date)).ToImmutableArray();

    /// <summary>A register with more holdings (e.g. reinvestment shares issued by a distribution).</summary>
    /// <param name="issued">The new holdings.</param>
    public ShareRegister WithHoldings(IEnumerable<ShareHolding> issued) => Create(Cooperative, Members, Holdings.Concat(issued));
}
