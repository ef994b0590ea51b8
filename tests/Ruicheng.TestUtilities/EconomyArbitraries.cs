using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Primitives;

namespace Ruicheng.TestUtilities;

/// <summary>FsCheck generators for Ruicheng.Economy: share registers and incomes.</summary>
public static class EconomyArbitraries
{
    /// <summary>The distribution date used with generated registers.</summary>
    public static LocalDate Date { get; } = new(2026, 12, 31);

    /// <summary>The village collective of generated registers (it holds no shares).</summary>
    public static MemberId Collective { get; } = MemberId.From("cai.collective");

    /// <summary>The management team of generated registers (it holds no shares).</summary>
    public static MemberId Managers { get; } = MemberId.From("cai.managers");

    /// <summary>Builds a register from per-household holdings: (land mu, floor shares, pooled, split) each.</summary>
    /// <param name="holdings">One tuple per household.</param>
    /// <param name="order">The order in which households are registered (a permutation of their indexes).</param>
    public static ShareRegister Register(IReadOnlyList<(int Land, int Floor, int Pooled, int Split)> holdings, IReadOnlyList<int> order)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        ArgumentNullException.ThrowIfNull(order);
        var members = new List<CooperativeMember> { new(Collective, MemberKind.VillageCollective, "蔡村集体"), new(Managers, MemberKind.Enterprise, "经营团队") };
        var shares = new List<ShareHolding>();
        foreach (var i in order)
        {
            var id = MemberId.From($"H-{i:D3}");
            members.Add(new CooperativeMember(id, MemberKind.Household, $"户{i}"));
            var (land, floor, pooled, split) = holdings[i];
            AddIfPositive(shares, id, ShareClass.Land, land);
            AddIfPositive(shares, id, ShareClass.GuaranteedFloor, floor);
            AddIfPositive(shares, id, ShareClass.Pooled, pooled);
            AddIfPositive(shares, id, ShareClass.Split, split);
        }

        return ShareRegister.Create("测试合作社", members, shares).Value;
    }

    private static void AddIfPositive(List<ShareHolding> shares, MemberId id, ShareClass shareClass, int units)
    {
        if (units > 0)
        {
            shares.Add(new ShareHolding(id, shareClass, units, new LocalDate(2020, 1, 1)));
        }
    }

    /// <summary>1–25 households with 0–40 mu and 0–50 shares of each class.</summary>
    public static Gen<(int Land, int Floor, int Pooled, int Split)[]> Holdings { get; } =
        Gen.Choose(1, 25).SelectMany(n =>
            (from land in Gen.Choose(0, 40)
             from floor in Gen.Choose(0, 50)
             from pooled in Gen.Choose(0, 50)
             from split in Gen.Choose(0, 50)
             select (land, floor, pooled, split)).ArrayOf(n));

    /// <summary>Incomes from a loss of 500,000 yuan to a profit of 5,000,000 yuan, biased to small amounts where floors fall short.</summary>
    public static Gen<Money> Incomes { get; } = Gen.OneOf(
        Gen.Choose(-50_000_000, 500_000_000).Select(f => Money.FromFen(f)),
        Gen.Choose(0, 2_000_000).Select(f => Money.FromFen(f)));

    /// <summary>Holdings, a permutation of their registration order, and an income.</summary>
    public static Arbitrary<((int Land, int Floor, int Pooled, int Split)[] Holdings, int[] Order, Money Income)> Cases { get; } =
        Holdings.SelectMany(h => Gen.Shuffle(Enumerable.Range(0, h.Length).ToArray()).SelectMany(o => Incomes.Select(i => (h, o, i)))).ToArbitrary();
}
