using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Ledger.Rules;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 13 (points appeals, 积分争议): an upheld appeal comes back through the civic event contract as a reversal of the
/// appealed entry, or a reversal and a corrected entry; it must restore exactly what the entry took away, once.
/// </summary>
public class PointsAppealsRestoreTheBalance
{
    private static readonly RuleId Upheld = RuleId.From("governance.points-appeal.upheld");
    private static readonly ResidentId Appellant = ResidentId.From("R-A");
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 1, 2, 0);

    private static CivicEvent UpheldEvent(EntryId entry, decimal? quantity = null, string decidedBy = "C-1", ResidentId? resident = null) =>
        CivicEvent.Create(Upheld, resident ?? Appellant, new LocalDate(2026, 10, 23), "AP-1:appeal-upheld",
        [
            Figure.Of("entry", entry.Value), Figure.Of("case", "AP-1"), Figure.Of("tier", "council"), Figure.Of("decidedBy", decidedBy),
            .. quantity is { } q ? [Figure.Of("quantity", q)] : Array.Empty<Figure>(),
        ]);

    private static (PointsLedger Ledger, PointsEntry Appealed) LedgerWith(string rule, decimal quantity, int priorAwards)
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest(Enumerable.Range(0, priorAwards).Select(i =>
            EntryDraft.Award(Appellant, $"patrol-{i}", RuleId.From("security-patrol"), new LocalDate(2026, 1 + (i % 9), 1 + (i % 27)), 1, Now, review: "council minute")));
        var kind = rule == "straw-burning" ? EntryKind.Deduction : EntryKind.Award;
        var appealed = Assert.Single(ledger.Ingest([new EntryDraft(Appellant, "council-17", kind, RuleId.From(rule), new LocalDate(2026, 10, 2), quantity, null, Now, review: "council minute")]).Appended);
        return (ledger, appealed);
    }

    [Property(MaxTest = 100)]
    public Property AnUpheldAppeal_RestoresTheBalanceTheEntryTookAway_ToThePoint() =>
        Prop.ForAll(Gen.Elements("straw-burning", "security-patrol").Zip(Gen.Choose(1, 5)).Zip(Gen.Choose(0, 12)).ToArbitrary(), t =>
        {
            var ((rule, quantity), prior) = t;
            var (ledger, appealed) = LedgerWith(rule, quantity, prior);
            var before = ledger.Balance(Appellant) - appealed.Points;
            var report = ledger.IngestCivicEvents([UpheldEvent(appealed.Id)], Now);
            var again = ledger.IngestCivicEvents([UpheldEvent(appealed.Id)], Now);
            return ledger.Balance(Appellant) == before
                && report.Appended.Length == 1 && report.Appended[0].Points == -appealed.Points && report.Appended[0].Reverses == appealed.Id
                && again.Appended.IsEmpty && again.Duplicates.SequenceEqual([0]);
        });

    [Property(MaxTest = 100)]
    public Property ACorrectedQuantity_LeavesTheBalanceAsIfTheEntryHadHadIt() =>
        Prop.ForAll(Gen.Choose(1, 5).Zip(Gen.Choose(1, 5)).ToArbitrary(), t =>
        {
            var (recorded, corrected) = t;
            var (ledger, appealed) = LedgerWith("straw-burning", recorded, 0);
            var report = ledger.IngestCivicEvents([UpheldEvent(appealed.Id, corrected)], Now);
            ledger.IngestCivicEvents([UpheldEvent(appealed.Id, corrected)], Now);
            return ledger.Balance(Appellant) == -5L * corrected
                && report.Appended.Select(e => e.Kind).SequenceEqual([EntryKind.Reversal, EntryKind.Deduction])
                && report.Appended[1].OccurredOn == appealed.OccurredOn && ledger.Entries.Count == 3;
        });

    [Fact]
    public void AnAppealNamingAnUnknownEntry_OrAnotherResidentsEntry_IsRejectedAtItsPosition()
    {
        var (ledger, appealed) = LedgerWith("straw-burning", 1, 0);
        var report = ledger.IngestCivicEvents(
            [
                UpheldEvent(EntryId.From("E-404")),
                UpheldEvent(appealed.Id, resident: ResidentId.From("R-B")),
                UpheldEvent(appealed.Id, decidedBy: "R-A"),
            ],
            Now);
        Assert.Empty(report.Appended);
        Assert.Equal(
            [(ReversalMustReferenceEntryRule.Id, "[0]"), (ReversalMustReferenceEntryRule.Id, "[1]"), (ReverserMustBeEntitledRule.Id, "[2]")],
            report.Rejected.Select(v => (v.Code, v.Path)));
        Assert.Equal(-5, ledger.Balance(Appellant));
    }

    [Fact]
    public void AnEntryReversedByOtherMeans_IsNotCorrectedByAnAppeal()
    {
        var (ledger, appealed) = LedgerWith("straw-burning", 2, 0);
        ledger.Ingest([EntryDraft.Reversal(Appellant, "cadre-fix", appealed.Id, new LocalDate(2026, 10, 5), Now, new CivilityActor(ResidentId.From("K-1"), CivilityRole.Cadre))]);
        var report = ledger.IngestCivicEvents([UpheldEvent(appealed.Id, 1m)], Now);
        Assert.Empty(report.Appended);
        Assert.Equal(ReversalMustReferenceEntryRule.Id, Assert.Single(report.Rejected).Code);
    }
}
