using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.TestUtilities;

namespace Ruicheng.Economy.Tests.Distributions;

public partial class CooperativeDistributionTests
{
    private static DistributionResult Run(ShareRegister register, Money income, DistributionPlan plan) =>
        CooperativeDistribution.Distribute(plan, income, register, Date, ImmutableDictionary<MemberId, decimal>.Empty, Money.FromYuan(20_000m)).Value.Value;

    private static Money FloorsDue(ShareRegister register) =>
        Money.Sum(Plans.Cai.Floors.SelectMany(f => register.UnitsOn(f.Class, Date).Select(u => f.PerUnit.Multiply(u.Value, FenRounding.TowardZero))));

    [Property(MaxTest = 150)]
    public Property DistributionConservesIncome_Holds() =>
        Prop.ForAll(EconomyArbitraries.Cases, c =>
        {
            var result = Run(EconomyArbitraries.Register(c.Holdings, c.Order), c.Income, Plans.CaiUncapped());
            return result.PaidOut + result.Retained == c.Income && Money.Sum(result.Lines.Select(l => l.Amount)) == c.Income;
        });

    [Property(MaxTest = 150)]
    public Property FloorsPaidInFullWhenCovered_Holds() =>
        Prop.ForAll(EconomyArbitraries.Cases, c =>
        {
            var register = EconomyArbitraries.Register(c.Holdings, c.Order);
            var plan = Plans.CaiUncapped();
            var distributable = c.Income - c.Income.Multiply(plan.Reserve, FenRounding.TowardZero) - c.Income.Multiply(plan.Welfare, FenRounding.TowardZero);
            var due = FloorsDue(register);
            return c.Income <= Money.Zero || distributable < due || Run(register, c.Income, plan).TotalOf(DistributionTranche.Floor) == due;
        });

    [Property(MaxTest = 150)]
    public Property ShortfallNeverPaysAFloorAboveItsDue_Holds() =>
        Prop.ForAll(EconomyArbitraries.Cases, Gen.Elements("pro-rata", "priority-by-class").ToArbitrary(), (c, policy) =>
        {
            var register = EconomyArbitraries.Register(c.Holdings, c.Order);
            var plan = Plans.CaiUncapped(policy);
            var result = Run(register, c.Income, plan);
            return result.Lines.Where(l => l.Tranche == DistributionTranche.Floor).All(l =>
            {
                var floor = plan.Floors.Single(f => l.Rule == plan.RuleFor("floor." + (f.Class == ShareClass.GuaranteedFloor ? "guaranteed-floor" : f.Class.ToString().ToLowerInvariant())));
                var units = register.UnitsOn(floor.Class, Date).Single(u => u.Key == l.Member).Value;
                return l.Amount <= floor.PerUnit.Multiply(units, FenRounding.TowardZero) && !l.Amount.IsNegative;
            });
        });

    [Property(MaxTest = 150)]
    public Property MoreSharesNeverYieldLess_Holds() =>
        Prop.ForAll(EconomyArbitraries.Cases, Gen.Choose(1, 30).ToArbitrary(), (c, extra) =>
        {
            var plan = Plans.CaiUncapped();
            var before = Run(EconomyArbitraries.Register(c.Holdings, c.Order), c.Income, plan);
            var more = (((int Land, int Floor, int Pooled, int Split)[])c.Holdings.Clone());
            more[0] = more[0] with { Pooled = more[0].Pooled + extra };
            var after = Run(EconomyArbitraries.Register(more, c.Order), c.Income, plan);
            var member = MemberId.From("H-000");
            return after.PaidTo(member) >= before.PaidTo(member);
        });

    [Property(MaxTest = 150)]
    public Property PermutingMembersPermutesPayoutsOnly_Holds() =>
        Prop.ForAll(EconomyArbitraries.Cases, c =>
        {
            var plan = Plans.CaiUncapped();
            var ordered = Run(EconomyArbitraries.Register(c.Holdings, Enumerable.Range(0, c.Holdings.Length).ToArray()), c.Income, plan);
            var permuted = Run(EconomyArbitraries.Register(c.Holdings, c.Order), c.Income, plan);
            return Enumerable.Range(0, c.Holdings.Length).Select(i => MemberId.From($"H-{i:D3}"))
                .All(m => ordered.PaidTo(m) == permuted.PaidTo(m))
                && ordered.Retained == permuted.Retained;
        });
}
