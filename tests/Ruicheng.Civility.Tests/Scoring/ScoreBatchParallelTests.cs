using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Scoring;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Scoring;

/// <summary>Issue 19: scoring across cores gives, byte for byte, what one pass gives — for any split of the residents.</summary>
public sealed class ScoreBatchParallelTests
{
    private static readonly CivilityScorer Scorer = new(CivilityArbitraries.Rulebook);

    [Property(MaxTest = 60)]
    public Property AcrossCores_EqualsOnePass() =>
        Prop.ForAll(Gen.Choose(1, 5000).ToArbitrary(), Gen.Choose(0, 40_000).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (residents, entries, workers) =>
        {
            var random = new Random(residents * 31 + entries);
            var resident = Enumerable.Range(0, entries).Select(_ => random.Next(residents)).ToArray();
            var day = Enumerable.Range(0, entries).Select(_ => CivilityScorer.DayNumber(new LocalDate(2024, 6, 1)) + random.Next(800)).ToArray();
            var rule = day.Select(d => Scorer.RuleIndexOf(CivilityArbitraries.Rulebook.Rules[random.Next(CivilityArbitraries.Rulebook.Rules.Length)].Id, CivilityScorer.DateOf(d))).ToArray();
            var keep = Enumerable.Range(0, entries).Where(i => rule[i] >= 0).ToArray();
            var points = keep.Select(_ => random.Next(-20, 31)).ToArray();
            var ledger = ScoringLedger.FromUnsorted(residents, keep.Select(i => resident[i]).ToArray(), keep.Select(i => rule[i]).ToArray(), keep.Select(i => day[i]).ToArray(), points);
            var vetoes = Enumerable.Range(0, residents).Select(_ => random.Next(10) == 0 ? CreditTier.B : CreditTier.AAA).ToArray();
            var asOf = new LocalDate(2026, 6, 30);
            var (scores, tiers) = (new long[residents], new CreditTier[residents]);
            Scorer.ScoreBatch(ledger, asOf, scores, tiers, vetoes);
            var (parallelScores, parallelTiers) = (new long[residents], new CreditTier[residents]);
            Scorer.ScoreBatchParallel(ledger, asOf, parallelScores, parallelTiers, vetoes, workers);
            return scores.SequenceEqual(parallelScores) && tiers.SequenceEqual(parallelTiers);
        });

    [Fact]
    public void ShortBuffers_AndABadDegree_AreRefused()
    {
        var day = CivilityScorer.DayNumber(new LocalDate(2026, 1, 1));
        var ledger = ScoringLedger.FromUnsorted(3, [0, 1, 2], [0, 0, 0], [day, day, day], [1, 1, 1]);
        Assert.Throws<ArgumentException>(() => Scorer.ScoreBatchParallel(ledger, new LocalDate(2026, 6, 30), new long[2], new CreditTier[3], ReadOnlyMemory<CreditTier>.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => Scorer.ScoreBatchParallel(ledger, new LocalDate(2026, 6, 30), new long[3], new CreditTier[3], ReadOnlyMemory<CreditTier>.Empty, 0));
    }
}
