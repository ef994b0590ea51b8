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

    /// <summary>
    /// Creates a register from members and holdings (data from outside), checking every row
    /// (<see cref="Rules.ShareRegisterMustBeConsistentRule"/>): a member listed twice (<c>members[i]</c>), a holding
    /// naming no listed member (<c>holdings[i].member</c>), units not positive (<c>holdings[i].units</c>), an end before
    /// the start (<c>holdings[i].to</c>), a null row (<c>members[i]</c> or <c>holdings[i]</c>). Every broken row is
    /// reported; none is dropped or altered.
    /// </summary>
    /// <param name="cooperative">The cooperative's name; not blank.</param>
    /// <param name="members">The members, in order.</param>
    /// <param name="holdings">The holdings, in registration order.</param>
    /// <returns>The register, or every violation.</returns>
    /// <exception cref="ArgumentException"><paramref name="cooperative"/> is blank.</exception>
    public static Result<ShareRegister> Create(string cooperative, IEnumerable<CooperativeMember?> members, IEnumerable<ShareHolding?> holdings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cooperative);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(holdings);
        var violations = new List<RuleViolation>();
        var memberList = members.ToList();
        var ids = Rules.ShareRegisterMustBeConsistentRule.CheckMembers(memberList, violations);
        var holdingList = holdings.ToList();
        for (var i = 0; i < holdingList.Count; i++)
        {
            Rules.ShareRegisterMustBeConsistentRule.CheckHolding(holdingList[i], i, ids, violations);
        }

        return violations.Count > 0
            ? Result<ShareRegister>.Failure(violations)
            : Result<ShareRegister>.Success(new ShareRegister(cooperative, [.. memberList.OfType<CooperativeMember>()], [.. holdingList.OfType<ShareHolding>()]));
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

    /// <summary>
    /// A register with more holdings (e.g. reinvestment shares issued by a distribution), checked as <see cref="Create"/>
    /// checks (paths count the existing holdings first).
    /// </summary>
    /// <param name="issued">The new holdings.</param>
    /// <returns>The register, or every violation.</returns>
    public Result<ShareRegister> WithHoldings(IEnumerable<ShareHolding> issued) => Create(Cooperative, Members, Holdings.Concat(issued));
}
