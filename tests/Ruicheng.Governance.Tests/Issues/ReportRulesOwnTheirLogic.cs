using NodaTime;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Disputes.Rules;
using static Ruicheng.Governance.Tests.Disputes.DisputeFixtures;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issue 17: the rules a dispute report must satisfy are objects listed in <see cref="DisputeReportRules.All"/>; a
/// report applies exactly that list, in order, and reports every violation.
/// </summary>
public sealed class ReportRulesOwnTheirLogic
{
    [Fact]
    public void TheList_NamesEachReportRuleOnce()
    {
        Assert.Equal(
            [RulebookMustBeInForceRule.Id, CaseTypeMustBeKnownRule.Id, ReporterMustBeEntitledRule.Id, CaseNeedsPartiesRule.Id, SameClaimNotAcceptedAfterReReviewRule.Id],
            DisputeReportRules.All.Select(r => r.Code));
        Assert.All(DisputeReportRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Summary)));
        Assert.Equal("dispute.parties.required: at least one party", CaseNeedsPartiesRule.Instance.ToString());
    }

    [Fact]
    public void AReportBreakingFourRules_ListsThemInTheListedOrder()
    {
        // Before the rulebook is in force, an unknown type, reported by a court, with no party.
        var before = Rulebook.Header.EffectiveFrom.PlusDays(-1);
        var at = CivilTime.InstantOf(before.At(new LocalTime(9, 0)));
        var violations = DisputeCase.Report(Rulebook, DisputeCaseId.From("x"), "water-rights", Village, [], Court, at, "s").Violations;
        Assert.Equal(
            [RulebookMustBeInForceRule.Id, CaseTypeMustBeKnownRule.Id, ReporterMustBeEntitledRule.Id, CaseNeedsPartiesRule.Id],
            violations.Select(v => v.Code));
    }
}
