using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Scoring;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Scoring;

public partial class CivilityScorerTests
{
    private static readonly LocalDate[] ScoringDates = [new(2024, 3, 31), new(2025, 2, 28), new(2025, 6, 15), new(2026, 2, 28), new(2026, 12, 31)];

    private static PointsLedger LedgerOf(VersionedRulebookCase c, IEnumerable<int> order)
    {
        var ledger = new PointsLedger(c.Rulebook, CivilityArbitraries.Key);
        var report = ledger.Ingest(order.Select(i =>
        {
            var row = c.Rows[i];
            var points = c.Rulebook.FindRuleInForce(RuleId.From(row.Rule), row.Date)!.Points;
            return new EntryDraft(ResidentId.From(row.Resident), $"row-{i}", points > 0 ? EntryKind.Award : EntryKind.Deduction, RuleId.From(row.Rule), row.Date, row.Quantity, null, Now, review: "council minute");
        }));
        Assert.Empty(report.Rejected);
        return ledger;
    }

    [Property(MaxTest = 300)]
    public Property EveryScoringPathEqualsTheReadmeReference_Holds() =>
        Prop.ForAll(VersionedRulebookCase.Arbitrary, Gen.Elements(ScoringDates).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (c, asOf, seed) =>
        {
            var scorer = new CivilityScorer(c.Rulebook);
            var residents = new[] { "R0", "R1", "R2" }.Select(ResidentId.From).ToList();
            var shuffled = Enumerable.Range(0, c.Rows.Count).OrderBy(i => new Random(seed + i).Next()).ToList();
            var ledger = LedgerOf(c, shuffled);

            var fromLedger = ScoringLedger.FromLedger(scorer, ledger, residents);
            var rows = shuffled.Select(i => c.Rows[i]).ToList();
            var columns = (
                Resident: rows.Select(r => residents.IndexOf(ResidentId.From(r.Resident))).ToArray(),
                Rule: rows.Select(r => scorer.RuleIndexOf(RuleId.From(r.Rule), r.Date)).ToArray(),
                Day: rows.Select(r => CivilityScorer.DayNumber(r.Date)).ToArray(),
                Points: rows.Select(r => r.Quantity * scorer.RuleAt(scorer.RuleIndexOf(RuleId.From(r.Rule), r.Date)).Points).ToArray());
            var unsorted = ScoringLedger.FromUnsorted(residents.Count, columns.Resident, columns.Rule, columns.Day, columns.Points);
            var byResident = Enumerable.Range(0, rows.Count).OrderBy(i => columns.Resident[i]).ToArray();
            var grouped = ScoringLedger.FromGrouped(
                residents.Count, byResident.Select(i => columns.Resident[i]).ToArray(), byResident.Select(i => columns.Rule[i]).ToArray(),
                byResident.Select(i => columns.Day[i]).ToArray(), byResident.Select(i => columns.Points[i]).ToArray());

            var batches = new[] { fromLedger, unsorted, grouped }.Select(l =>
            {
                var scores = new long[residents.Count];
                scorer.ScoreBatch(l, asOf, scores, new CreditTier[residents.Count], []);
                return scores;
            }).ToList();

            for (var r = 0; r < residents.Count; r++)
            {
                var expected = ReferenceScorer.Score(c.Rulebook, c.Rows.Where(x => x.Resident == residents[r].Value).Select(x => (x.Date, x.Rule, x.Quantity)), asOf);
                var single = scorer.Score(ledger, residents[r], asOf).Value;
                var explained = scorer.ExplainResident(grouped, r, residents[r].Value, asOf, []).Value;
                if ((single.Score, single.HonourPoints, single.CappedPoints, single.ExpiredPoints) != (expected.Score, expected.Honour, expected.Capped, expected.Expired)
                    || (explained.Score, explained.CappedPoints, explained.ExpiredPoints) != (expected.Score, expected.Capped, expected.Expired)
                    || batches.Any(b => b[r] != expected.Score)
                    || single.SpendablePoints > expected.CountedAwards)
                {
                    return false.Label($"resident {residents[r]} as of {asOf}: reference {expected}, Score {single.Score}/{single.CappedPoints}/{single.ExpiredPoints}, batches {string.Join('/', batches.Select(b => b[r]))}, explained {explained.Score}, spendable {single.SpendablePoints}");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 100)]
    public Property IngestionOrderNeverChangesAnyFigure_Holds() =>
        Prop.ForAll(VersionedRulebookCase.Arbitrary, Gen.Choose(0, int.MaxValue).ToArbitrary(), (c, seed) =>
        {
            var scorer = new CivilityScorer(c.Rulebook);
            var asOf = new LocalDate(2026, 12, 31);
            var inOrder = LedgerOf(c, Enumerable.Range(0, c.Rows.Count));
            var permuted = LedgerOf(c, Enumerable.Range(0, c.Rows.Count).OrderBy(i => new Random(seed ^ i).Next()));
            return new[] { "R0", "R1", "R2" }.Select(ResidentId.From).All(r =>
            {
                var a = scorer.Score(inOrder, r, asOf).Value;
                var b = scorer.Score(permuted, r, asOf).Value;
                // The spendable balance folds in ledger (recording) order by definition, so only the score's figures are compared.
                return (a.Score, a.CappedPoints, a.ExpiredPoints) == (b.Score, b.CappedPoints, b.ExpiredPoints)
                    && a.ContributionByRule.SequenceEqual(b.ContributionByRule);
            });
        });
}
