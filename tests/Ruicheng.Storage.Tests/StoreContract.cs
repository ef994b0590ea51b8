using Microsoft.EntityFrameworkCore;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Ledger.Rules;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Primitives.Rulebooks;
using Ruicheng.TestUtilities;
using Ruicheng.Governance.Hierarchy.Specifications;

namespace Ruicheng.Storage.Tests;

/// <summary>
/// Issue 12: what every store must do, on SQLite and on PostgreSQL alike — open and upgrade its schema, keep ledgers
/// append-only and verified, let concurrent writers never fork a chain, and keep dispute cases with their fired deadlines.
/// </summary>
public abstract class StoreContract(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 30, 2, 0);
    private static readonly GovernanceRulebook Governance = GovernanceRulebookFile.LoadRuicheng();
    private static readonly RulebookRegistry<GovernanceRulebook> Registry = RulebookRegistry<GovernanceRulebook>.Of(Governance);

    protected abstract Task<RuichengStore> NewStoreAsync();

    private async Task<RuichengStore> OpenedAsync()
    {
        var store = await NewStoreAsync();
        var opened = await store.OpenAsync();
        Assert.True(opened.IsSuccess, string.Join("; ", opened.Violations));
        return store;
    }

    private static EntryDraft Patrol(string resident, string source, int day) =>
        EntryDraft.Award(ResidentId.From(resident), source, RuleId.From("security-patrol"), new LocalDate(2026, 6, 1).PlusDays(day), 1, Now);

    [Fact]
    public async Task OpeningCreatesTheSchema_AndReopeningFindsItCurrent()
    {
        var store = await NewStoreAsync();
        var first = (await store.OpenAsync()).Value;
        Assert.Empty(first.AlreadyApplied);
        Assert.NotEmpty(first.AppliedNow);
        var again = (await store.OpenAsync()).Value;
        Assert.Equal<string>(first.AppliedNow, again.AlreadyApplied);
        Assert.Empty(again.AppliedNow);
    }

    [Fact]
    public async Task AStoreWrittenByANewerVersion_IsRefused_AndNothingIsRead()
    {
        var store = await OpenedAsync();
        await using (var context = store.CreateContext())
        {
            await context.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29990101000000_FromTheFuture', '99.0.0')");
        }

        var refused = await store.OpenAsync();
        Assert.Equal(StoreRules.NewerSchema, refused.FirstViolation!.Code);
        Assert.Contains("29990101000000_FromTheFuture", refused.FirstViolation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALedger_ReopensWhereItLeftOff_AndTakesNewEntries()
    {
        var store = await OpenedAsync();
        var ledger = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        ledger.Ingest([Patrol("R-1", "p1", 0), Patrol("R-2", "p2", 1)]);
        Assert.Equal(2, (await store.Ledgers.AppendAsync("county", ledger)).Value);
        Assert.Equal(0, (await store.Ledgers.AppendAsync("county", ledger)).Value);

        var reopened = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        Assert.Equal<byte>(ledger.Head, reopened.Head);
        Assert.Equal(ledger.Entries.Select(e => (e.Id, e.Hash.Length, e.Points)), reopened.Entries.Select(e => (e.Id, e.Hash.Length, e.Points)));

        // Re-delivering a stored event is a duplicate after the restart, too.
        Assert.Empty(reopened.Ingest([Patrol("R-1", "p1", 0)]).Appended);
        reopened.Ingest([Patrol("R-1", "p3", 2)]);
        Assert.Equal(1, (await store.Ledgers.AppendAsync("county", reopened)).Value);
        var third = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        Assert.Equal(3, third.Entries.Count);
        Assert.True(PointsLedger.Verify(third.Entries, CivilityArbitraries.Key, third.Head.AsSpan()).IsValid);
        Assert.Equal(3, await store.Ledgers.CountAsync("county"));
    }

    [Fact]
    public async Task ALargeLedger_ReadInRangesOnSeveralConnections_ReopensInSequenceOrder()
    {
        var store = await OpenedAsync();
        var ledger = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        ledger.Ingest(Enumerable.Range(0, 61).Select(i => Patrol($"R-{i % 7}", $"p{i}", i % 20)));
        Assert.Equal(61, (await store.Ledgers.AppendAsync("county", ledger)).Value);

        // Ranges of 7 entries at least: as many readers as cores, each on its own connection.
        store.Ledgers.EntriesPerReader = 7;
        var reopened = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        Assert.Equal(ledger.Entries.Select(e => (e.Sequence, e.Id)), reopened.Entries.Select(e => (e.Sequence, e.Id)));
        Assert.Equal<byte>(ledger.Head, reopened.Head);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(2)]
    public async Task EveryEntryKind_ReopensFieldForField_InOneRangeOrSeveral(int entriesPerReader)
    {
        var store = await OpenedAsync();
        var ledger = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        var day = new LocalDate(2026, 6, 1);
        var council = new CivilityActor(ResidentId.From("C-1"), CivilityRole.CouncilMember);
        var first = ledger.Ingest(
        [
            Patrol("R-1", "p1", 0),
            EntryDraft.Award(ResidentId.From("R-1"), "h1", RuleId.From("volunteer-hours"), day, 2.5m, Now, review: "minute 7"),
            EntryDraft.Deduction(ResidentId.From("R-2"), "b1", RuleId.From("covenant-breach"), day.PlusDays(1), 1, Now, review: "minute 8"),
            Patrol("R-2", "p2", 2),
        ]);
        Assert.Empty(first.Rejected);
        var second = ledger.Ingest(
        [
            EntryDraft.Reversal(ResidentId.From("R-2"), "rev1", first.Appended[2].Id, day.PlusDays(3), Now, council),
            EntryDraft.Redemption(ResidentId.From("R-1"), "shop-1", day.PlusDays(4), 5, Now),
        ]);
        Assert.Empty(second.Rejected);
        Assert.Equal(6, (await store.Ledgers.AppendAsync("county", ledger)).Value);

        store.Ledgers.EntriesPerReader = entriesPerReader;
        var reopened = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        static object Fields(PointsEntry e) => (e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, e.Quantity, e.Points, e.Reverses, e.RecordedAt, e.KeyId, Convert.ToHexString(e.Hash.AsSpan()));
        Assert.Equal(ledger.Entries.Select(Fields), reopened.Entries.Select(Fields));
        Assert.Equal(ledger.Entries.Select(e => e.Quantity.Scale), reopened.Entries.Select(e => e.Quantity.Scale));
    }

    [Fact]
    public async Task AStaleLedger_IsAConflict_AndTheStoreKeepsOneChain()
    {
        var store = await OpenedAsync();
        var a = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        var b = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        a.Ingest([Patrol("R-1", "a", 0)]);
        b.Ingest([Patrol("R-2", "b", 0)]);
        Assert.True((await store.Ledgers.AppendAsync("county", a)).IsSuccess);
        Assert.Equal(StoreRules.LedgerConflict, (await store.Ledgers.AppendAsync("county", b)).FirstViolation!.Code);
        var stored = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        Assert.Equal(["a"], stored.Entries.Select(e => e.SourceEventId));
    }

    [Fact]
    public async Task ConcurrentWriters_RetryingOnConflict_LeaveOneUnforkedChain_WithNothingLost()
    {
        var store = await OpenedAsync();
        const int Writers = 4;
        const int EntriesEach = 5;
        var tasks = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var k = 0; k < EntriesEach; k++)
            {
                while (true)
                {
                    var ledger = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
                    ledger.Ingest([Patrol($"R-{w}", $"w{w}-{k}", k)]);
                    if ((await store.Ledgers.AppendAsync("county", ledger)).IsSuccess)
                    {
                        break;
                    }
                }
            }
        }));
        await Task.WhenAll(tasks);

        var final = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        Assert.Equal(Writers * EntriesEach, final.Entries.Count);
        Assert.Equal(Writers * EntriesEach, final.Entries.Select(e => e.SourceEventId).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, Writers * EntriesEach).Select(i => (long)i), final.Entries.Select(e => e.Sequence));
        Assert.True(PointsLedger.Verify(final.Entries, CivilityArbitraries.Key, final.Head.AsSpan()).IsValid);
    }

    [Fact]
    public async Task TheDatabaseRefusesToChangeOrDeleteAnEntry()
    {
        var store = await OpenedAsync();
        var ledger = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        ledger.Ingest([Patrol("R-1", "p1", 0)]);
        await store.Ledgers.AppendAsync("county", ledger);
        await using var context = store.CreateContext();
        await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("UPDATE ledger_entries SET \"Points\" = 500"));
        await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("DELETE FROM ledger_entries"));
    }

    [Fact]
    public async Task AnAlteredChain_OpensAsAReportOfTheFirstBadEntry()
    {
        // Someone with database rights drops the guard and raises an entry's points.
        var opened = await ReopenedAfterAsync(
            100_000, provider => [DropGuard(provider, "ledger_entries_no_update"), "UPDATE ledger_entries SET \"Points\" = 500 WHERE \"Sequence\" = 1"]);

        var violation = Assert.Single(opened.Violations);
        Assert.Equal((RestoredLedgerMustBeConsistentRule.Id, "entries[1]"), (violation.Code, violation.Path));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(4)]
    public async Task ARemovedEntry_OpensAsAReportOfTheGap_InOneRangeOrSeveral(int entriesPerReader)
    {
        // Someone with database rights drops the guard and removes an entry in the middle of a range.
        var opened = await ReopenedAfterAsync(
            entriesPerReader, provider => [DropGuard(provider, "ledger_entries_no_delete"), "DELETE FROM ledger_entries WHERE \"Sequence\" = 4"]);

        var violation = Assert.Single(opened.Violations);
        Assert.Equal((RestoredLedgerMustBeConsistentRule.Id, "entries[4]"), (violation.Code, violation.Path));
        Assert.Contains("removed or reordered", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(4)]
    public async Task AStoredHashCutShort_OpensAsAReportOfThatEntry_InOneRangeOrSeveral(int entriesPerReader)
    {
        var opened = await ReopenedAfterAsync(entriesPerReader, provider =>
        [
            DropGuard(provider, "ledger_entries_no_update"),
            provider == StoreProvider.Sqlite
                ? "UPDATE ledger_entries SET \"Hash\" = substr(\"Hash\", 1, 31) WHERE \"Sequence\" = 6"
                : "UPDATE ledger_entries SET \"Hash\" = substring(\"Hash\" from 1 for 31) WHERE \"Sequence\" = 6",
        ]);

        // Entry 7's link is checked against entry 6's stored hash, so 6 is the first entry that does not check out.
        var violation = Assert.Single(opened.Violations);
        Assert.Equal((RestoredLedgerMustBeConsistentRule.Id, "entries[6]"), (violation.Code, violation.Path));
    }

    [Theory]
    [InlineData(13)]
    [InlineData(2_000_000_000)]
    public async Task AHeadCountingMoreEntriesThanStored_OpensAsAReport_WithoutReservingForThem(long count)
    {
        var opened = await ReopenedAfterAsync(4, _ => ["UPDATE ledger_heads SET \"Count\" = " + count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        var violation = Assert.Single(opened.Violations);
        Assert.Equal((RestoredLedgerMustBeConsistentRule.Id, "entries[12]"), (violation.Code, violation.Path));
        Assert.Contains($"counts {count} entries", violation.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Twelve patrols appended to ledger "county"; then <paramref name="tampering"/>'s statements run as someone with
    /// database rights would run them; then the ledger reopened, read in ranges of <paramref name="entriesPerReader"/>.
    /// </summary>
    private async Task<Result<PointsLedger>> ReopenedAfterAsync(int entriesPerReader, Func<StoreProvider, string[]> tampering)
    {
        var store = await OpenedAsync();
        store.Ledgers.EntriesPerReader = entriesPerReader;
        var ledger = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        ledger.Ingest([.. Enumerable.Range(0, 12).Select(i => Patrol("R-1", $"p{i}", i))]);
        await store.Ledgers.AppendAsync("county", ledger);
        await using (var context = store.CreateContext())
        {
            foreach (var statement in tampering(store.Provider))
            {
                await context.Database.ExecuteSqlRawAsync(statement);
            }
        }

        return await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, []);
    }

    /// <summary>Drops the append-only guard: the named SQLite trigger, or PostgreSQL's one trigger for updates and deletes.</summary>
    private static string DropGuard(StoreProvider provider, string sqliteTrigger) =>
        provider == StoreProvider.Sqlite ? $"DROP TRIGGER {sqliteTrigger}" : "DROP TRIGGER ledger_entries_append_only ON ledger_entries";

    [Fact]
    public async Task AnEntryRecordedBetweenTwoTicks_ReopensVerified()
    {
        // The store keeps instants as 100 ns ticks; an instant with finer digits must not make the chain unverifiable.
        var store = await OpenedAsync();
        var ledger = (await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, [])).Value;
        var between = Now + Duration.FromNanoseconds(123_456_789);
        ledger.Ingest([EntryDraft.Award(ResidentId.From("R-1"), "p1", RuleId.From("security-patrol"), new LocalDate(2026, 6, 1), 1, between)]);
        await store.Ledgers.AppendAsync("county", ledger);

        var reopened = await store.Ledgers.OpenAsync("county", CivilityArbitraries.Rulebook, CivilityArbitraries.Key, []);

        Assert.True(reopened.IsSuccess, string.Join("; ", reopened.Violations));
        Assert.Equal(ledger.Entries[0].RecordedAt, reopened.Value.Entries[0].RecordedAt);
    }

    [Fact]
    public async Task ADisputeCase_IsSavedAndLoadedWithItsVersion_AndAStaleSaveIsAConflict()
    {
        var store = await OpenedAsync();
        var reported = DisputeCase.Report(Governance, DisputeCaseId.From("DC-1"), "neighbour", UnitId.From("dawang.jinpen.g1"),
            [new DisputeParty(ResidentId.From("R-1"))], new Actor(ResidentId.From("W-1"), ActorRole.GridWorker), Instant.FromUtc(2026, 9, 24, 1, 0), "wall").Value;
        Assert.Equal(1, (await store.Disputes.SaveAsync(reported, null)).Value);
        Assert.Equal(StoreRules.CaseConflict, (await store.Disputes.SaveAsync(reported, null)).FirstViolation!.Code);

        var loaded = (await store.Disputes.LoadAsync(DisputeCaseId.From("DC-1"), Registry)).Value;
        Assert.Equal(1, loaded.Version);
        Assert.Equal(Governance.Header.Reference, loaded.Case.OpenedUnder);
        var accepted = loaded.Case.Accept(new Actor(ResidentId.From("M-1"), ActorRole.GridMediator), Instant.FromUtc(2026, 9, 24, 2, 0)).Value;
        Assert.Equal(2, (await store.Disputes.SaveAsync(accepted, 1)).Value);
        Assert.Equal(StoreRules.CaseConflict, (await store.Disputes.SaveAsync(accepted, 1)).FirstViolation!.Code);
        Assert.Equal(StoreRules.CaseNotFound, (await store.Disputes.LoadAsync(DisputeCaseId.From("DC-404"), Registry)).FirstViolation!.Code);
    }

    [Fact]
    public async Task TickingTwice_FiresNothingTheSecondTime_EvenAfterARestart()
    {
        var store = await OpenedAsync();
        var accepted = DisputeCase.Report(Governance, DisputeCaseId.From("DC-1"), "neighbour", UnitId.From("dawang.jinpen.g1"),
                [new DisputeParty(ResidentId.From("R-1"))], new Actor(ResidentId.From("W-1"), ActorRole.GridWorker), Instant.FromUtc(2026, 9, 24, 1, 0), "wall")
            .Bind(c => c.Accept(new Actor(ResidentId.From("M-1"), ActorRole.GridMediator), Instant.FromUtc(2026, 9, 24, 2, 0))).Value;
        await store.Disputes.SaveAsync(accepted, null);
        var later = Instant.FromUtc(2026, 10, 20, 1, 0);
        Assert.Equal<DisputeCaseId>([DisputeCaseId.From("DC-1")], await store.Disputes.DueAsync(later));

        var first = await store.Disputes.TickAsync(later, Registry);
        Assert.Empty(first.Problems);
        Assert.Equal(4, Assert.Single(first.Outcomes).Fired.Length);

        var restarted = await NewStoreOverTheSameDataAsync(store);
        var second = await restarted.Disputes.TickAsync(later, Registry);
        Assert.Empty(second.Outcomes);
        Assert.Empty(second.Problems);
        var stored = (await restarted.Disputes.LoadAsync(DisputeCaseId.From("DC-1"), Registry)).Value.Case;
        Assert.Equal("county", stored.TierId);
        Assert.Single(stored.Audit, a => a.Trigger == DisputeTrigger.Overdue);
    }

    [Fact]
    public async Task EveryDisputeSpecification_RunsAsSql_AndSelectsWhatItsInMemoryEvaluationSelects()
    {
        var store = await OpenedAsync();
        var hierarchy = Ruicheng.Governance.Hierarchy.RuichengHierarchy.Load();
        var grids = hierarchy.DescendantsOf(UnitId.From("dawang"), Ruicheng.Governance.Hierarchy.UnitLevel.Grid).Concat(hierarchy.DescendantsOf(UnitId.From("guwei"), Ruicheng.Governance.Hierarchy.UnitLevel.Grid)).ToList();
        var mediator = new Actor(ResidentId.From("M-1"), ActorRole.GridMediator);
        var cases = new List<DisputeCase>();
        for (var i = 0; i < 24; i++)
        {
            var reportedAt = Instant.FromUtc(2026, 9, 1, 1, 0) + Duration.FromHours(17 * i);
            var c = DisputeCase.Report(Governance, DisputeCaseId.From($"DC-{i:D3}"), i % 5 == 4 ? "labour-wages" : "neighbour", grids[i % grids.Count].Id,
                [new DisputeParty(ResidentId.From($"R-{i}"))], new Actor(ResidentId.From("W-1"), ActorRole.GridWorker), reportedAt, "case").Value;
            if (i % 3 != 0)
            {
                var body = c.HandlerFor(DisputeTrigger.Accept) == ActorRole.TownshipGovernanceCentre ? new Actor(ResidentId.From("T-1"), ActorRole.TownshipGovernanceCentre) : mediator;
                c = c.Accept(body, reportedAt + Duration.FromHours(1)).Value.Tick(reportedAt + Duration.FromDays(i % 7)).Case;
            }

            cases.Add(c);
            await store.Disputes.SaveAsync(c, null);
        }

        var specifications = new List<Ardalis.Specification.ISpecification<DisputeCase>>
        {
            new Ruicheng.Governance.Disputes.Specifications.OverdueDisputesSpec(Instant.FromUtc(2026, 9, 10, 0, 0)),
            new Ruicheng.Governance.Disputes.Specifications.OverdueDisputesSpec(Instant.FromUtc(2026, 10, 20, 0, 0)),
            new Ruicheng.Governance.Disputes.Specifications.DisputesAtTierSpec("grid"),
            new Ruicheng.Governance.Disputes.Specifications.DisputesAtTierSpec("village"),
            new Ruicheng.Governance.Disputes.Specifications.DisputesAtTierSpec("township"),
            new Ruicheng.Governance.Disputes.Specifications.DisputesInUnitSpec(hierarchy, UnitId.From("dawang")),
            new Ruicheng.Governance.Disputes.Specifications.DisputesInUnitSpec(hierarchy, grids[1].Id),
        };
        foreach (var specification in specifications)
        {
            var sql = store.Disputes.ToSql(specification);
            output.WriteLine($"{specification.GetType().Name}:\n{sql}\n");
            var expected = specification.Evaluate(cases).Select(c => c.Id.Value).Order(StringComparer.Ordinal).ToList();
            var actual = (await store.Disputes.QueryAsync(specification, Registry)).Value.Select(c => c.Id.Value).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
        }

        Assert.Contains(specifications, s => s.Evaluate(cases).Any());
    }

    [Fact]
    public async Task TheHierarchy_IsKept_AndItsSpecificationsRunAsSql()
    {
        var store = await OpenedAsync();
        var hierarchy = Ruicheng.Governance.Hierarchy.RuichengHierarchy.Load();
        await store.Hierarchy.SaveAsync(hierarchy);
        await store.Hierarchy.SaveAsync(hierarchy); // saving again replaces, never duplicates
        Assert.True(DeepEquality.Equal(hierarchy, (await store.Hierarchy.LoadAsync()).Value));

        foreach (var level in Enum.GetValues<Ruicheng.Governance.Hierarchy.UnitLevel>())
        {
            var spec = new Ruicheng.Governance.Hierarchy.Specifications.UnitsAtLevelSpec(level);
            output.WriteLine($"UnitsAtLevelSpec({level}):\n{store.Hierarchy.ToSql(spec)}\n");
            Assert.Equal(spec.Evaluate(hierarchy.Units).Select(u => u.Id), await store.Hierarchy.QueryUnitsAsync(spec));
        }

        foreach (var ancestor in new[] { "ruicheng", "dawang", "dawang.jinpen", "dawang.jinpen.g1" })
        {
            var spec = new Ruicheng.Governance.Hierarchy.Specifications.UnitsUnderSpec(hierarchy[UnitId.From(ancestor)]);
            output.WriteLine($"UnitsUnderSpec({ancestor}):\n{store.Hierarchy.ToSql(spec)}\n");
            Assert.Equal(spec.Evaluate(hierarchy.Units).Select(u => u.Id), await store.Hierarchy.QueryUnitsAsync(spec));
        }

        foreach (var unit in new[] { "ruicheng", "dawang", "dawang.jinpen", "dawang.jinpen.g2" })
        {
            var spec = new Ruicheng.Governance.Hierarchy.Specifications.HouseholdsInUnitSpec(hierarchy, UnitId.From(unit));
            Assert.Equal(
                spec.Evaluate(hierarchy.Households).Select(h => h.Id.Value).Order(StringComparer.Ordinal),
                (await store.Hierarchy.QueryHouseholdsAsync(spec)).Select(h => h.Value).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task ClaimsAndIncomes_AreKept_AndTheirSpecificationsRunAsSql()
    {
        var store = await OpenedAsync();
        var rulebook = CivilityArbitraries.Rulebook;
        var registry = RulebookRegistry<Ruicheng.Civility.Rulebooks.CivilityRulebook>.Of(rulebook);
        var worker = new Ruicheng.Civility.Ledger.CivilityActor(ResidentId.From("W-1"), Ruicheng.Civility.Ledger.CivilityRole.GridWorker);
        var neighbour = new Ruicheng.Civility.Ledger.CivilityActor(ResidentId.From("R-9"), Ruicheng.Civility.Ledger.CivilityRole.Resident);
        var claims = new List<Ruicheng.Civility.Claims.PointsClaim>();
        for (var i = 0; i < 12; i++)
        {
            var declared = Ruicheng.Civility.Claims.PointsClaim.Declare(rulebook, $"claim-{i:D2}", ResidentId.From($"R-{i}"), null, RuleId.From(i % 2 == 0 ? "honour-county" : "filial-care"),
                new LocalDate(2026, 5, 1).PlusDays(11 - i), 1, worker, Now).Value;
            var claim = (i % 3) switch
            {
                0 => declared,
                1 => declared.Publish(worker, Now).Value,
                _ => declared.Publish(worker, Now).Bind(c => c.Object(neighbour, Now + Duration.FromDays(1), "not true")).Value,
            };
            claims.Add(claim);
            Assert.Equal(1, (await store.Claims.SaveAsync(claim, null)).Value);
        }

        var awaiting = new Ruicheng.Civility.Specifications.EntriesAwaitingReviewSpec();
        Assert.Equal(
            awaiting.Evaluate(claims).Select(c => c.Id),
            (await store.Claims.QueryAsync(awaiting, registry)).Value.Select(c => c.Id));
        var stored = (await store.Claims.QueryAsync(awaiting, registry)).Value[0];
        Assert.True(DeepEquality.Equal(claims.Single(c => c.Id == stored.Id), stored));

        var records = new List<Ruicheng.Economy.Collective.CollectiveIncomeRecord>();
        string[] villages = ["dawang.jinpen", "nancheng.dongzhanglian", "yongle.cai", "guwei.wangtian"];
        for (var v = 0; v < villages.Length; v++)
        {
            for (var year = 2024; year <= 2026; year++)
            {
                records.Add(new(UnitId.From(villages[v]), year, Ruicheng.Economy.Collective.IncomeSource.CooperativeDividend, Money.FromYuan((v * 420_000m) + (year - 2024) * 37_000m + 50_000m), "sample"));
                records.Add(new(UnitId.From(villages[v]), year, Ruicheng.Economy.Collective.IncomeSource.LandRent, Money.FromYuan(10_000m + v), "sample"));
            }
        }

        await store.Incomes.SaveAsync(records);
        var summaries = Ruicheng.Economy.Collective.VillageIncomeSummary.From(records);
        var thresholds = Ruicheng.Economy.Rulebooks.EconomyRulebookFile.LoadRuicheng().CollectiveIncome;
        var incomeSpecs = new List<Ardalis.Specification.ISpecification<Ruicheng.Economy.Collective.VillageIncomeSummary>>
        {
            new Ruicheng.Economy.Specifications.CollectiveIncomeInRangeSpec(2024, 2025, Money.FromYuan(500_000m), null),
            new Ruicheng.Economy.Specifications.CollectiveIncomeInRangeSpec(2025, 2026, null, Money.FromYuan(900_000m)),
            new Ruicheng.Economy.Collective.Specifications.WeakVillagesSpec(thresholds, 2025),
            new Ruicheng.Economy.Collective.Specifications.VillagesAboveSpec(Money.FromYuan(800_000m), 2026),
        };
        foreach (var specification in incomeSpecs)
        {
            var expected = specification.Evaluate(summaries).Select(s => (s.Village.Value, s.Year, s.Total.Fen)).ToList();
            var actual = (await store.Incomes.QueryAsync(specification)).Select(s => (s.Village.Value, s.Year, s.Total.Fen)).ToList();
            Assert.Equal(expected, actual);
        }

        Assert.Contains(incomeSpecs, s => s.Evaluate(summaries).Any());
    }

    [Fact]
    public async Task ScoreSnapshots_AreKeptWhole_AndResidentsInTierRunsAsSql()
    {
        var store = await OpenedAsync();
        var random = new Random(12);
        var rules = CivilityArbitraries.Rulebook.Rules.Where(r => r.Points > 0 && !r.ReviewRequired && r.Unit == Ruicheng.Civility.Points.PointsUnit.Occurrence && r.IsInForceOn(new LocalDate(2026, 1, 1)) && r.IsInForceOn(new LocalDate(2026, 6, 1))).Select(r => r.Id).Distinct().ToArray();
        var drafts = Enumerable.Range(0, 400).Select(i => EntryDraft.Award(
            ResidentId.From($"R-{random.Next(40):D2}"), $"s-{i}", rules[random.Next(rules.Length)], new LocalDate(2026, 1, 1).PlusDays(random.Next(150)), random.Next(1, 4), Now));
        var ledger = CivilityArbitraries.LedgerOf(drafts);
        var scorer = new Ruicheng.Civility.Scoring.CivilityScorer(CivilityArbitraries.Rulebook);
        var asOf = new LocalDate(2026, 6, 30);
        var veto = CivilityArbitraries.Rulebook.Credit.Vetoes[0].Code;
        var scores = ledger.Entries.Select(e => e.Resident).Distinct().Order()
            .Select(r => scorer.Score(ledger, r, asOf, r.Value == "R-07" ? [veto] : []).Value).ToList();
        Assert.Equal(scores.Count, await store.Scores.SaveSnapshotAsync(asOf, scores));
        Assert.Equal(scores.Count, await store.Scores.SaveSnapshotAsync(asOf, scores));
        await store.Scores.SaveSnapshotAsync(asOf.PlusDays(-30), scores.Take(3));
        Assert.Equal<LocalDate>([asOf.PlusDays(-30), asOf], await store.Scores.SnapshotDatesAsync());

        var tiers = scores.Select(s => s.Tier).Distinct().ToList();
        Assert.True(tiers.Count > 1, "the sample spans several tiers");
        foreach (var tier in Enum.GetValues<Ruicheng.Civility.Points.CreditTier>())
        {
            var specification = new Ruicheng.Civility.Specifications.ResidentsInTierSpec(tier);
            var expected = specification.Evaluate(scores).ToList();
            var actual = await store.Scores.QueryAsync(asOf, specification);
            Assert.Equal(expected.Select(s => (s.Subject, s.Score)), actual.Select(s => (s.Subject, s.Score)));
            Assert.All(expected.Zip(actual), pair => Assert.True(DeepEquality.Equal(pair.First, pair.Second), pair.First.Subject));
        }

        Assert.Contains(await store.Scores.QueryAsync(asOf, new Ruicheng.Civility.Specifications.ResidentsInTierSpec(scores.Single(s => s.Subject == "R-07").Tier)), s => !s.Vetoes.IsEmpty);
        Assert.Empty(await store.Scores.QueryAsync(asOf.PlusDays(1), new Ruicheng.Civility.Specifications.ResidentsInTierSpec(tiers[0])));
        await Assert.ThrowsAsync<NotSupportedException>(() => store.Scores.QueryAsync(asOf, new ByTier()));
    }

    [Fact]
    public async Task RegistersAndDistributions_AreKept_AndADistributionOfRecordIsNeverReplaced()
    {
        var store = await OpenedAsync();
        var register = EconomyArbitraries.Register([(12, 5, 5, 5), (8, 5, 5, 5), (5, 5, 5, 5), (3, 5, 5, 5), (9, 5, 5, 5), (4, 5, 5, 5)], [0, 1, 2, 3, 4, 5]);
        Assert.Equal(1, (await store.Cooperatives.SaveRegisterAsync(register, null)).Value);
        Assert.Equal(StoreRules.CaseConflict, (await store.Cooperatives.SaveRegisterAsync(register, null)).FirstViolation!.Code);
        var loaded = (await store.Cooperatives.LoadRegisterAsync(register.Cooperative)).Value!.Value;
        Assert.True(DeepEquality.Equal(register, loaded.Register));
        Assert.Equal(2, (await store.Cooperatives.SaveRegisterAsync(loaded.Register, loaded.Version)).Value);
        Assert.Equal(StoreRules.CaseConflict, (await store.Cooperatives.SaveRegisterAsync(loaded.Register, loaded.Version)).FirstViolation!.Code);
        Assert.Null((await store.Cooperatives.LoadRegisterAsync("no such cooperative")).Value);

        var plan = Ruicheng.Economy.Rulebooks.EconomyRulebookFile.LoadRuicheng().Plan("cai-village");
        var distribution = Ruicheng.Economy.Distributions.CooperativeDistribution.Distribute(plan, Money.FromYuan(1_200_000m), register, EconomyArbitraries.Date,
            System.Collections.Immutable.ImmutableDictionary<Ruicheng.Economy.Cooperatives.MemberId, decimal>.Empty, Money.Zero).Value;
        Assert.True((await store.Cooperatives.SaveDistributionAsync(register.Cooperative, 2026, distribution)).IsSuccess);
        Assert.Equal(StoreRules.DistributionExists, (await store.Cooperatives.SaveDistributionAsync(register.Cooperative, 2026, distribution)).FirstViolation!.Code);
        var restarted = await NewStoreOverTheSameDataAsync(store);
        var kept = Assert.Single((await restarted.Cooperatives.LoadDistributionsAsync(register.Cooperative)).Value);
        Assert.Equal(2026, kept.Year);
        Assert.True(DeepEquality.Equal(distribution, kept.Distribution));
    }

    /// <summary>Orders by tier, which a store keeps by name: refused rather than ordered by name.</summary>
    private sealed class ByTier : Ardalis.Specification.Specification<Ruicheng.Civility.Scoring.CivilityScore>
    {
        public ByTier() => Ardalis.Specification.SpecificationBuilderExtensions.OrderBy(Query, s => (object?)s.Tier);
    }

    /// <summary>The same database reached by a new store object, as after a restart of the host.</summary>
    protected abstract Task<RuichengStore> NewStoreOverTheSameDataAsync(RuichengStore store);
}
