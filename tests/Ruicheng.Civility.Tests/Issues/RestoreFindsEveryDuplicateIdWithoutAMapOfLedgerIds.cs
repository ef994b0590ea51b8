using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Ledger.Rules;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 12 (reopening fast): restoring a ledger no longer keeps every entry id in a map — an entry carrying the id the
/// ledger gives its position is unique by construction, and only other ids are looked up. These guard that the verdict
/// is still the one a map of every id gives: ids that collide with another position's ledger id, custom ids, duplicate
/// keys and reversals of any of them are reported exactly as before.
/// </summary>
public sealed class RestoreFindsEveryDuplicateIdWithoutAMapOfLedgerIds
{
    private static readonly Instant At = Instant.FromUtc(2026, 6, 30, 2, 0);
    private static readonly LocalDate On = new(2025, 3, 1);
    private static readonly RuleId Patrol = RuleId.From("security-patrol");
    private static readonly string[] CustomIds = ["X-a", "X-b", "E-00000000000a"];

    /// <summary>One stored entry as the generator describes it.</summary>
    /// <param name="Id">0: the ledger's id for its position; 1: the ledger's id for position <paramref name="Other"/>; 2: a custom id.</param>
    /// <param name="Other">Another position, or an index into the custom ids.</param>
    /// <param name="Resident">Which of two residents.</param>
    /// <param name="Source">Which of three source events.</param>
    /// <param name="Reversal">Whether it reverses (the id choice of the target is <paramref name="TargetId"/>/<paramref name="Target"/>).</param>
    /// <param name="TargetId">As <paramref name="Id"/>, for the reversed entry.</param>
    /// <param name="Target">As <paramref name="Other"/>, for the reversed entry.</param>
    /// <param name="Points">0: the points the rule gives (or cancels); 1: one point more.</param>
    public sealed record Spec(int Id, int Other, int Resident, int Source, bool Reversal, int TargetId, int Target, int Points);

    private static readonly Gen<Spec> SpecGen =
        from id in Gen.Frequency((5, Gen.Constant(0)), (2, Gen.Constant(1)), (2, Gen.Constant(2)))
        from other in Gen.Choose(0, 24)
        from resident in Gen.Choose(0, 1)
        from source in Gen.Choose(0, 2)
        from reversal in Gen.Frequency((3, Gen.Constant(false)), (2, Gen.Constant(true)))
        from targetId in Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Constant(2)))
        from target in Gen.Choose(0, 24)
        from points in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Constant(1)))
        select new Spec(id, other, resident, source, reversal, targetId, target, points);

    [Property(MaxTest = 300)]
    public Property Restore_ReportsWhatAMapOfEveryIdReports() =>
        Prop.ForAll(Gen.ListOf(SpecGen).Select(l => l.Take(20).ToArray()).ToArbitrary(), specs =>
        {
            var entries = Signed(specs);
            var restored = PointsLedger.Restore(CivilityArbitraries.Rulebook, entries, CivilityArbitraries.Key, [], entries.Count == 0 ? [] : entries[^1].Hash.AsSpan());
            var expected = ReferenceVerdicts(entries);
            var actual = restored.IsSuccess ? [] : restored.Violations.Select(v => (v.Path, Category(v.Message))).ToList();
            Assert.All(restored.IsSuccess ? [] : restored.Violations, v => Assert.Equal(RestoredLedgerMustBeConsistentRule.Id, v.Code));
            Assert.Equal(expected, actual);
            if (restored.IsSuccess)
            {
                Assert.Equal(entries, restored.Value.Entries);
            }
        });

    [Fact]
    public void ACustomIdThatIsAnotherPositionsLedgerId_IsADuplicate_OnlyOnceThatEntryIsIn()
    {
        // Position 2 carries "E-000000000000", the id of position 0: a duplicate. Position 3 carries the id of position 5, which comes later: not yet a duplicate, but position 5 then is.
        var entries = Signed(
        [
            new Spec(0, 0, 0, 0, false, 0, 0, 0),
            new Spec(0, 0, 0, 1, false, 0, 0, 0),
            new Spec(1, 0, 0, 2, false, 0, 0, 0),
            new Spec(1, 5, 1, 0, false, 0, 0, 0),
            new Spec(0, 0, 1, 1, false, 0, 0, 0),
            new Spec(0, 0, 1, 2, false, 0, 0, 0),
        ]);

        var restored = PointsLedger.Restore(CivilityArbitraries.Rulebook, entries, CivilityArbitraries.Key, [], entries[^1].Hash.AsSpan());

        Assert.Equal(["entries[2]", "entries[5]"], restored.Violations.Select(v => v.Path));
        Assert.All(restored.Violations, v => Assert.Contains("its id appears twice", v.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AReversalOfAnEntryWithACustomId_Restores()
    {
        var entries = Signed([new Spec(2, 0, 0, 0, false, 0, 0, 0), new Spec(0, 0, 0, 1, true, 2, 0, 0)]);

        var restored = PointsLedger.Restore(CivilityArbitraries.Rulebook, entries, CivilityArbitraries.Key, [], entries[^1].Hash.AsSpan());

        Assert.True(restored.IsSuccess, string.Join("; ", restored.Violations));
        Assert.True(restored.Value.IsReversed(EntryId.From(CustomIds[0])));
        Assert.Equal(0, restored.Value.Balance(ResidentId.From("R-0")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void AReopenedLedger_FindsAnEntryToReverse_ByEitherKindOfId(int idChoice)
    {
        // Entry 0 carries the ledger's id for position 0, or a custom id; the reopened ledger must find it to reverse it.
        var entries = Signed([new Spec(idChoice, 0, 0, 0, false, 0, 0, 0), new Spec(0, 0, 0, 1, false, 0, 0, 0)]);
        var ledger = PointsLedger.Restore(CivilityArbitraries.Rulebook, entries, CivilityArbitraries.Key, [], entries[^1].Hash.AsSpan()).Value;
        var cadre = new CivilityActor(ResidentId.From("cadre"), CivilityRole.Cadre);

        var report = ledger.Ingest([EntryDraft.Reversal(ResidentId.From("R-0"), "undo", entries[0].Id, On, At, cadre)]);

        Assert.Empty(report.Rejected);
        Assert.True(ledger.IsReversed(entries[0].Id));
        Assert.Equal(10, ledger.Balance(ResidentId.From("R-0")));
        var unknown = ledger.Ingest([EntryDraft.Reversal(ResidentId.From("R-0"), "undo-2", EntryId.From("E-000000000007"), On, At, cadre)]);
        Assert.Equal(ReversalMustReferenceEntryRule.Id, Assert.Single(unknown.Rejected).Code);
    }

    private static string Category(string message) =>
        message.Contains("its id appears twice", StringComparison.Ordinal) ? "id"
        : message.Contains("appears twice", StringComparison.Ordinal) ? "key"
        : "inconsistent";

    private static string IdFor(int choice, int other, int position) => choice switch
    {
        0 => LedgerId(position),
        1 => LedgerId(other),
        _ => CustomIds[other % CustomIds.Length],
    };

    private static string LedgerId(int position) => $"E-{position:D12}";

    /// <summary>A validly signed chain of the described entries (each an award of one patrol, or a reversal of ten points).</summary>
    private static List<PointsEntry> Signed(IReadOnlyList<Spec> specs)
    {
        var entries = new List<PointsEntry>();
        var version = CivilityArbitraries.Rulebook.Header.Version;
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            var (kind, rule, points, reverses) = spec.Reversal
                ? (EntryKind.Reversal, (RuleId?)null, -10L - spec.Points, (EntryId?)EntryId.From(IdFor(spec.TargetId, spec.Target, i)))
                : (EntryKind.Award, Patrol, 10L + spec.Points, null);
            var unsigned = PointsEntry.Restore(
                i, EntryId.From(IdFor(spec.Id, spec.Other, i)), ResidentId.From($"R-{spec.Resident}"), kind, rule, version, $"s{spec.Source}",
                On, 1m, points, reverses, At, CivilityArbitraries.Key.Id, []);
            var hash = unsigned.ComputeHash(i == 0 ? [] : entries[i - 1].Hash.AsSpan(), CivilityArbitraries.Key);
            entries.Add(PointsEntry.Restore(
                i, unsigned.Id, unsigned.Resident, kind, rule, version, unsigned.SourceEventId, On, 1m, points, reverses, At, unsigned.KeyId, [.. hash]));
        }

        return entries;
    }

    /// <summary>The verdict of the check as it was with a map of every id: (path, what was wrong) for each entry that does not check out.</summary>
    private static List<(string Path, string Category)> ReferenceVerdicts(IReadOnlyList<PointsEntry> entries)
    {
        var byId = new Dictionary<EntryId, PointsEntry>();
        var keys = new HashSet<(ResidentId, string, RuleId?)>();
        var reversed = new HashSet<EntryId>();
        var verdicts = new List<(string, string)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (byId.ContainsKey(entry.Id))
            {
                verdicts.Add(($"entries[{i}]", "id"));
                continue;
            }

            var key = (entry.Resident, entry.SourceEventId, entry.Rule);
            if (keys.Contains(key))
            {
                verdicts.Add(($"entries[{i}]", "key"));
                continue;
            }

            // The entry itself is claimed while it is checked, as before: a reversal naming its own id finds itself.
            byId.Add(entry.Id, entry);
            var consistent = entry.Kind == EntryKind.Award
                ? entry.Points == 10
                : entry.Reverses is { } target && byId.TryGetValue(target, out var original) && original.Resident == entry.Resident
                    && original.Kind != EntryKind.Reversal && !reversed.Contains(target) && entry.Points == -original.Points;
            if (!consistent)
            {
                byId.Remove(entry.Id);
                verdicts.Add(($"entries[{i}]", "inconsistent"));
                continue;
            }

            keys.Add(key);
            if (entry.Kind == EntryKind.Reversal)
            {
                reversed.Add(entry.Reverses!.Value);
            }
        }

        return verdicts;
    }
}
