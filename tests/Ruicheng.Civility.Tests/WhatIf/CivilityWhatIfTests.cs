using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;
using Ruicheng.Civility.Tests.Issues;
using Ruicheng.Civility.WhatIf;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.WhatIf;

/// <summary>Issue 14: what-if scoring agrees with scoring under each rulebook, and moves only whom the change moves.</summary>
public sealed class CivilityWhatIfTests
{
    private static readonly LocalDate AsOf = new(2026, 6, 30);
    private static readonly CivilityRulebook Proposed = RulebookChangesReadAsAPublicNotice.Proposed();

    [Property(MaxTest = 60)]
    public Property BeforeIsTheScoreUnderTheLedgersRulebook_AndTheSameRulebookMovesNoOne() =>
        Prop.ForAll(CivilityArbitraries.DraftSequences, drafts =>
        {
            var ledger = CivilityArbitraries.LedgerOf(drafts);
            var scorer = new CivilityScorer(ledger.Rulebook);
            var same = CivilityWhatIf.Run(ledger, CivilityRulebookFile.LoadRuicheng(), AsOf);
            return same.TierChangeCount == 0 && same.BenefitsChangeCount == 0 && same.EntriesWithoutProposedRule == 0
                && same.Residents.All(r => r.ScoreBefore == r.ScoreAfter)
                && same.Residents.All(r => scorer.Score(ledger, ResidentId.From(r.Subject), AsOf).Value is var score && score.Score == r.ScoreBefore && score.Tier == r.TierBefore);
        });

    [Property(MaxTest = 60)]
    public Property ALowerAAAThreshold_AndAHigherCap_OnlyMoveResidentsUp() =>
        Prop.ForAll(CivilityArbitraries.DraftSequences, drafts =>
        {
            var ledger = CivilityArbitraries.LedgerOf(drafts);
            var whatIf = CivilityWhatIf.Run(ledger, Proposed, AsOf);
            var matrixTotal = Enum.GetValues<CreditTier>().Sum(from => Enum.GetValues<CreditTier>().Sum(to => whatIf.Transitions(from, to)));
            return matrixTotal == whatIf.Residents.Length
                && whatIf.Residents.All(r => r.ScoreAfter >= r.ScoreBefore && r.TierAfter >= r.TierBefore)
                && whatIf.MovingInto(CreditTier.AAA).All(r => r.ScoreAfter >= 1040)
                && whatIf.Residents.Select(r => r.Subject).SequenceEqual(whatIf.Residents.Select(r => r.Subject).Order(StringComparer.Ordinal));
        });

    [Fact]
    public void AVetoCap_IsTheLowestCapNamed_AndAnUnknownCodeCapsNothing()
    {
        var credit = CivilityRulebookFile.LoadRuicheng().Credit;
        Assert.Equal(CreditTier.AAA, credit.CapOf([]));
        Assert.Equal(CreditTier.AAA, credit.CapOf([RuleId.From("no-such-veto")]));
        Assert.Equal(CreditTier.C, credit.CapOf([RuleId.From("long-overdue-loan"), RuleId.From("criminal-conviction")]));
        Assert.Equal(CreditTier.B, credit.CapOf([RuleId.From("long-overdue-loan")]));
    }

    [Fact]
    public void AResidentAt1045_MovesIntoAAA_WithItsBenefits()
    {
        var whatIf = CivilityWhatIf.FromScores(["R-1", "R-2"], [1045, 1020], [CreditTier.AA, CreditTier.A], CivilityRulebookFile.LoadRuicheng().Credit,
            [1045, 1020], [CreditTier.AAA, CreditTier.A], Proposed.Credit);
        var moved = Assert.Single(whatIf.MovingInto(CreditTier.AAA));
        Assert.Equal("R-1", moved.Subject);
        Assert.True(moved.BenefitsChange);
        Assert.Equal(1, whatIf.Transitions(CreditTier.AA, CreditTier.AAA));
        Assert.Equal(1, whatIf.BenefitsChangeCount);
        Assert.Throws<ArgumentException>(() => CivilityWhatIf.FromScores(["R-1", "R-1"], [1, 1], [CreditTier.A, CreditTier.A], Proposed.Credit, [1, 1], [CreditTier.A, CreditTier.A], Proposed.Credit));
    }
}
