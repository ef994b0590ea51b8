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
        var rule = Rules.ShareRegisterMustBeConsistentRule.Id;
        var violations = new List<RuleViolation>();
        var memberList = members.ToList();
        var ids = new HashSet<MemberId>();
        for (var i = 0; i < memberList.Count; i++)
        {
            if (memberList[i] is not { } member)
            {
                violations.Add(RuleViolation.At(rule, Path("members", i), "A member row is missing (null)."));
            }
            else if (!ids.Add(member.Id))
            {
                violations.Add(RuleViolation.At(rule, Path("members", i), $"Member '{member.Id}' appears twice.", member.Id.Value));
            }
        }

        var holdingList = holdings.ToList();
        for (var i = 0; i < holdingList.Count; i++)
        {
            if (holdingList[i] is not { } holding)
            {
                violations.Add(RuleViolation.At(rule, Path("holdings", i), "A holding row is missing (null)."));
                continue;
            }

            if (!ids.Contains(holding.Member))
            {
                violations.Add(RuleViolation.At(rule, Path("holdings", i) + ".member", $"The holding names '{holding.Member}', who is not a member.", holding.Member.ToString()));
            }

            if (holding.Units <= 0)
            {
                violations.Add(RuleViolation.At(
                    rule, Path("holdings", i) + ".units", $"The {holding.Class} holding of {holding.Member} has {holding.Units} units; units are positive.",
                    holding.Units.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (holding.To is { } to && to < holding.From)
            {
                violations.Add(RuleViolation.At(
                    rule, Path("holdings", i) + ".to", $"The {holding.Class} holding of {holding.Member} ends on {to:uuuu-MM-dd}, before it starts on {holding.From:uuuu-MM-dd}.",
                    to.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return violations.Count > 0
            ? Result<ShareRegister>.Failure(violations)
            : Result<ShareRegister>.Success(new ShareRegister(cooperative, [.. memberList.OfType<CooperativeMember>()], [.. holdingList.OfType<ShareHolding>()]));
    }

    private static string Path(string list, int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{list}[{index}]");

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
