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
    private static Arbitrary<LocalDate> AsOfDates { get; } = Gen.Choose(0, 1200).Select(d => new LocalDate(2024, 1, 1).PlusDays(d)).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property NoCapIsEverExceeded_Holds() =>
        Prop.ForAll(CivilityArbitraries.DraftSequences, drafts =>
        {
            // Score each month of each resident separately: a month's counted positive points of a category never exceed 30.
            var rulebook = CivilityArbitraries.Rulebook;
            var ledger = CivilityArbitraries.LedgerOf(drafts);
            foreach (var resident in CivilityArbitraries.Residents)
            {
                foreach (var month in ledger.EntriesOf(resident).Select(e => new YearMonth(e.OccurredOn.Year, e.OccurredOn.Month)).Distinct())
                {
                    foreach (var category in rulebook.Categories.Where(c => c.Caps.Any(cap => cap.Period == CapPeriod.Month)))
                    {
                        var inMonth = new PointsLedger(rulebook, CivilityArbitraries.Key);
                        inMonth.Ingest(ledger.EntriesOf(resident)
                            .Where(e => e.Points > 0 && new YearMonth(e.OccurredOn.Year, e.OccurredOn.Month) == month && rulebook.FindRuleInForce(e.Rule!.Value, e.OccurredOn)!.Category == category.Id)
                            .Select(e => new EntryDraft(resident, e.SourceEventId, e.Kind, e.Rule, e.OccurredOn, e.Quantity, null, e.RecordedAt, review: "council minute")));
                        var counted = Scorer.Score(inMonth, resident, month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1), []).Value.HonourPoints;
                        if (counted > category.Caps.Single(c => c.Period == CapPeriod.Month).Max)
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property TierIsMonotoneInScore_Holds() =>
        Prop.ForAll(Gen.Choose(0, 2000).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (score, rise) =>
            CivilityArbitraries.Rulebook.Credit.TierOf(score) <= CivilityArbitraries.Rulebook.Credit.TierOf(score + rise));

    [Property(MaxTest = 100)]
    public Property RedemptionNeverChangesTheTier_Holds() =>
        Prop.ForAll(CivilityArbitraries.DraftSequences, Gen.Choose(1, 50).ToArbitrary(), (drafts, spend) =>
        {
            var ledger = CivilityArbitraries.LedgerOf(drafts);
            var asOf = new LocalDate(2026, 12, 31);
            var resident = CivilityArbitraries.Residents[0];
            var before = Scorer.Score(ledger, resident, asOf, []).Value;
            var amount = Math.Min(spend, ledger.SpendableBalance(resident));
            if (amount > 0)
            {
                ledger.Ingest([EntryDraft.Redemption(resident, "shop", new LocalDate(2026, 12, 1), amount, Now)]);
            }

            var after = Scorer.Score(ledger, resident, asOf, []).Value;
            return after.Tier == before.Tier && after.Score == before.Score && after.SpendablePoints == before.SpendablePoints - amount;
        });

    [Property(MaxTest = 200)]
    public Property BatchEqualsPerResidentScore_Holds() =>
        Prop.ForAll(CivilityArbitraries.DraftSequences, AsOfDates, Gen.Elements(true, false).ToArbitrary(), (drafts, asOf, unsorted) =>
        {
            var ledger = CivilityArbitraries.LedgerOf(drafts);
            var residents = CivilityArbitraries.Residents;
            var columns = ScoringLedger.FromLedger(Scorer, ledger, residents);
            if (!unsorted)
            {
                // Regroup through the sorted path as well, from the columns' own order.
                var rows = ledger.Entries.Where(e => e.Kind is EntryKind.Award or EntryKind.Deduction && !ledger.IsReversed(e.Id))
                    .Select(e => (Resident: residents.ToList().IndexOf(e.Resident), Rule: Scorer.RuleIndexOf(e.Rule!.Value, e.OccurredOn), Day: CivilityScorer.DayNumber(e.OccurredOn), Points: (int)e.Points, e.Sequence))
                    .OrderBy(x => x.Resident).ThenBy(x => x.Day).ThenBy(x => x.Sequence).ToArray();
                columns = ScoringLedger.FromGrouped(residents.Count, rows.Select(x => x.Resident).ToArray(), rows.Select(x => x.Rule).ToArray(), rows.Select(x => x.Day).ToArray(), rows.Select(x => x.Points).ToArray());
            }

            var scores = new long[residents.Count];
            var tiers = new CreditTier[residents.Count];
            var vetoes = residents.Select((_, i) => i == 1 ? CreditTier.B : CreditTier.AAA).ToArray();
            Scorer.ScoreBatch(columns, asOf, scores, tiers, vetoes);
            return residents.Select((r, i) =>
            {
                var single = Scorer.Score(ledger, r, asOf, i == 1 ? [RuleId.From("long-overdue-loan")] : []).Value;
                return single.Score == scores[i] && single.Tier == tiers[i];
            }).All(same => same);
        });
}
