using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Ledger;

public partial class PointsLedgerTests
{
    private static readonly CivilityActor Cadre = new(ResidentId.From("cadre"), CivilityRole.Cadre, HouseholdId.From("H-cadre"));

    [Property(MaxTest = 100)]
    public Property BalanceEqualsSumOfConfirmedEntries_Holds() =>
        Prop.ForAll(CivilityArbitraries.DraftSequences, drafts =>
        {
            var ledger = CivilityArbitraries.LedgerOf(drafts);
            return CivilityArbitraries.Residents.All(r =>
                ledger.Balance(r) == ledger.Entries.Where(e => e.Resident == r).Sum(e => e.Points));
        });

    [Property(MaxTest = 100)]
    public Property IngestingTwiceChangesNothing_Holds() =>
        Prop.ForAll(CivilityArbitraries.DraftSequences, drafts =>
        {
            var ledger = CivilityArbitraries.LedgerOf(drafts);
            var before = ledger.Entries.Count;
            var head = ledger.Head;
            var again = ledger.Ingest(drafts);
            return again.Appended.IsEmpty && ledger.Entries.Count == before && ledger.Head.SequenceEqual(head)
                && again.Duplicates.Length + again.Rejected.Length == drafts.Length;
        });

    [Property(MaxTest = 100)]
    public Property ReversalRestoresPriorBalanceExactly_Holds() =>
        Prop.ForAll(CivilityArbitraries.DraftSequences, CivilityArbitraries.Drafts.ToArbitrary(), (drafts, extra) =>
        {
            var ledger = CivilityArbitraries.LedgerOf(drafts);
            var balance = ledger.Balance(extra.Resident);
            var spendable = ledger.SpendableBalance(extra.Resident);
            var added = ledger.Ingest([new EntryDraft(extra.Resident, "extra", extra.Kind, extra.Rule, extra.OccurredOn, extra.Quantity, null, extra.RecordedAt, review: extra.Review)]).Appended;
            if (added.IsEmpty)
            {
                return true;
            }

            var reversal = EntryDraft.Reversal(extra.Resident, "reverse-extra", added[0].Id, extra.OccurredOn, extra.RecordedAt, Cadre, HouseholdId.From("H-other"));
            return ledger.Ingest([reversal]).Appended.Length == 1
                && ledger.Balance(extra.Resident) == balance && ledger.SpendableBalance(extra.Resident) == spendable;
        });

    [Property(MaxTest = 100)]
    public Property HashChainDetectsTamperingReorderingAndDeletion_Holds() =>
        Prop.ForAll(CivilityArbitraries.DraftSequences, Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (drafts, pick, field) =>
        {
            var ledger = CivilityArbitraries.LedgerOf(drafts);
            var entries = ledger.Entries.ToList();
            if (entries.Count < 2)
            {
                return true;
            }

            var key = CivilityArbitraries.Key;
            var i = pick % entries.Count;
            var e = entries[i];
            var tampered = field switch
            {
                0 => PointsEntry.Restore(e.Sequence, e.Id, ResidentId.From("R-x"), e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, e.Quantity, e.Points, e.Reverses, e.RecordedAt, e.KeyId, e.Hash),
                1 => PointsEntry.Restore(e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, e.Quantity, e.Points + 1, e.Reverses, e.RecordedAt, e.KeyId, e.Hash),
                2 => PointsEntry.Restore(e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn.PlusDays(1), e.Quantity, e.Points, e.Reverses, e.RecordedAt, e.KeyId, e.Hash),
                3 => PointsEntry.Restore(e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId + "x", e.OccurredOn, e.Quantity, e.Points, e.Reverses, e.RecordedAt, e.KeyId, e.Hash),
                4 => PointsEntry.Restore(e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, e.Quantity + 1, e.Points, e.Reverses, e.RecordedAt, e.KeyId, e.Hash),
                _ => PointsEntry.Restore(e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, e.Quantity, e.Points, e.Reverses, e.RecordedAt + Duration.FromSeconds(1), e.KeyId, e.Hash),
            };
            var altered = entries.ToList();
            altered[i] = tampered;
            var reordered = entries.ToList();
            (reordered[i], reordered[(i + 1) % entries.Count]) = (reordered[(i + 1) % entries.Count], reordered[i]);
            var deleted = entries.Where((_, k) => k != i).ToList();
            var head = ledger.Head.AsSpan();
            return PointsLedger.Verify(entries, key, head).IsValid
                && !PointsLedger.Verify(altered, key, head).IsValid
                && !PointsLedger.Verify(reordered, key, head).IsValid
                && !PointsLedger.Verify(deleted, key, head).IsValid;
        });
}
