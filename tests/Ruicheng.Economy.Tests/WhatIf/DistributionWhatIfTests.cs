using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Tests.Distributions;
using Ruicheng.Economy.WhatIf;
using Ruicheng.TestUtilities;

namespace Ruicheng.Economy.Tests.WhatIf;

/// <summary>Issue 14: a distribution under plan A against plan B — per recipient to the fen, the differences summing to zero.</summary>
public sealed class DistributionWhatIfTests
{
    private static readonly LocalDate Date = EconomyArbitraries.Date;

    private static DistributionResult Run(ShareRegister register, Money income, DistributionPlan plan) =>
        CooperativeDistribution.Distribute(plan, income, register, Date, ImmutableDictionary<MemberId, decimal>.Empty, Money.FromYuan(20_000m)).Value.Value;

    [Property(MaxTest = 100)]
    public Property TwoPlansOnOneIncome_DifferByNothingInTotal() =>
        Prop.ForAll(EconomyArbitraries.Cases, c =>
        {
            var register = EconomyArbitraries.Register(c.Holdings, c.Order);
            var current = Run(register, c.Income, Plans.CaiUncapped("pro-rata"));
            var proposed = Run(register, c.Income, Plans.CaiUncapped("priority-by-class"));
            var whatIf = DistributionWhatIf.Compare(current, proposed);
            return Money.Sum(whatIf.Recipients.Select(r => r.Difference)) == Money.Zero
                && Money.Sum(whatIf.Recipients.Select(r => r.Current)) == c.Income
                && Money.Sum(whatIf.Recipients.Select(r => r.Proposed)) == c.Income
                && whatIf.Recipients.All(r => r.Current == Money.Sum(current.Lines.Where(l => l.Recipient == r.Recipient).Select(l => l.Amount)))
                && whatIf.Recipients.Select(r => r.Recipient).SequenceEqual(whatIf.Recipients.Select(r => r.Recipient).Order(StringComparer.Ordinal));
        });

    [Fact]
    public void DifferentIncomes_AreRefused()
    {
        var register = EconomyArbitraries.Register([], []);
        Assert.Throws<ArgumentException>(() => DistributionWhatIf.Compare(Run(register, Money.FromYuan(100m), Plans.CaiUncapped()), Run(register, Money.FromYuan(101m), Plans.CaiUncapped())));
    }
}
