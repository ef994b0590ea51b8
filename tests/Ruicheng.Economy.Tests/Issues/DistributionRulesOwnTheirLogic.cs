using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Distributions.Rules;
using Ruicheng.Economy.Tests.Distributions;
using Ruicheng.TestUtilities;

namespace Ruicheng.Economy.Tests.Issues;

/// <summary>
/// Issue 17: a distribution's rules are objects that check their own condition; <see cref="DistributionRules"/> lists
/// what a distribution applies before dividing and on its figures, and each refusal carries the code of the listed rule.
/// </summary>
public sealed class DistributionRulesOwnTheirLogic
{
    [Fact]
    public void TheListsNameEveryDistributionRule_OnceEach()
    {
        Assert.Equal(
            [MemberMustNotExceedShareCapRule.Id, PatronageRequiredForPatronageSplitRule.Id, SplitMemberMustBeRegisteredRule.Id],
            DistributionRules.BeforeDividing.Select(r => r.Code));
        Assert.Equal([PatronageReturnMinimumRule.Id], DistributionRules.OnTheFigures.Select(r => r.Code));
        Assert.All(DistributionRules.BeforeDividing.Concat(DistributionRules.OnTheFigures), r => Assert.False(string.IsNullOrWhiteSpace(r.Summary)));
        Assert.Equal("economy.member.share-cap: no member above the plan's share cap", MemberMustNotExceedShareCapRule.Instance.ToString());
    }

    [Fact]
    public void EveryMemberAboveTheCap_IsReported_InMemberOrder()
    {
        // Three members: two above the 20% cap of the Cai plan, each reported, by member id.
        var register = EconomyArbitraries.Register([(0, 0, 45, 0), (0, 0, 45, 0), (0, 0, 10, 0)], [0, 1, 2]);
        var violations = CooperativeDistribution.Distribute(Plans.Cai, Money.FromYuan(1000m), register, EconomyArbitraries.Date).Violations;
        Assert.Equal([MemberMustNotExceedShareCapRule.Id, MemberMustNotExceedShareCapRule.Id], violations.Select(v => v.Code));
        Assert.Equal(["H-000", "H-001"], violations.Select(v => v.Figures.Single(f => f.Name == "member").Value));
    }
}
