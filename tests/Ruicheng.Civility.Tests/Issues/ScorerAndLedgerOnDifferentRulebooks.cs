using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 17: a scorer and a ledger built on different rulebooks crashed with <see cref="IndexOutOfRangeException"/>.
/// It is a programming error, reported as an <see cref="ArgumentException"/> naming the ledger and the rule.
/// </summary>
public class ScorerAndLedgerOnDifferentRulebooks
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 30, 2, 0);

    [Fact]
    public void ALedgerEntryUnderARuleTheScorersRulebookLacks_IsAnArgumentException()
    {
        var full = CivilityArbitraries.Rulebook;
        var ledger = new PointsLedger(full, CivilityArbitraries.Key);
        ledger.Ingest([EntryDraft.Award(ResidentId.From("R1"), "e1", RuleId.From("security-patrol"), new LocalDate(2026, 6, 1), 1, Now, review: "council minute")]);

        var smaller = CivilityRulebookFile.Load(JsonEdit.Apply(CivilityRulebookFile.RuichengJsonText, d =>
        {
            var rules = d["rules"]!.AsArray();
            rules.Remove(rules.Single(r => r!["id"]!.GetValue<string>() == "security-patrol"));
        })).Value;
        var error = Assert.Throws<ArgumentException>(() => new CivilityScorer(smaller).Score(ledger, ResidentId.From("R1"), new LocalDate(2026, 6, 30)));
        Assert.Equal("ledger", error.ParamName);
        Assert.Contains("security-patrol", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AColumnarLedgerBuiltForAnotherScorer_IsAnArgumentException()
    {
        var ledger = ScoringLedger.FromGrouped(1, [0], [200], [20_000], [5]);
        var error = Assert.Throws<ArgumentException>(() => new CivilityScorer(CivilityArbitraries.Rulebook).ScoreBatch(ledger, new LocalDate(2026, 6, 30), new long[1], new Points.CreditTier[1], []));
        Assert.Equal("ledger", error.ParamName);
    }
}
