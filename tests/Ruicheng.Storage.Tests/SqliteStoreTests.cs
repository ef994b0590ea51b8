using Microsoft.EntityFrameworkCore;
using Ardalis.Specification;
namespace Ruicheng.Storage.Tests;

/// <summary>The store contract on an embedded SQLite file.</summary>
public sealed class SqliteStoreTests(Xunit.Abstractions.ITestOutputHelper output) : StoreContract(output), IDisposable
{
    private readonly List<string> _files = [];

    protected override Task<RuichengStore> NewStoreAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ruicheng-{Guid.NewGuid():N}.db");
        _files.Add(path);
        return Task.FromResult(RuichengStore.Sqlite(path));
    }

    protected override Task<RuichengStore> NewStoreOverTheSameDataAsync(RuichengStore store) => Task.FromResult(RuichengStore.Sqlite(_files[^1]));

    [Fact]
    public async Task ACorruptOrForeignFile_IsUnreadable_NotAnException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ruicheng-{Guid.NewGuid():N}.db");
        _files.Add(path);
        await File.WriteAllTextAsync(path, "this is a spreadsheet, not a database\n" + new string('x', 4096));
        var opened = await RuichengStore.Sqlite(path).OpenAsync();
        Assert.Equal(StoreRules.Unreadable, opened.FirstViolation!.Code);
    }

    private sealed class BySummarySpec : Ardalis.Specification.Specification<Ruicheng.Governance.Disputes.DisputeCase>
    {
        public BySummarySpec() => Query.Where(c => c.Summary == "wall");
    }

    [Fact]
    public async Task ASpecificationOverAMemberWithoutAColumn_IsAnError_NeverRunInMemory()
    {
        var store = await NewStoreAsync();
        await store.OpenAsync();
        var error = Assert.Throws<NotSupportedException>(() => store.Disputes.ToSql(new BySummarySpec()));
        Assert.Contains("DisputeCase.Summary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoreWrittenByAnOlderVersion_IsMigrated_AndKeepsItsData()
    {
        var store = await NewStoreAsync();
        await using (var context = store.CreateContext())
        {
            // The schema as the first release shipped it: only the first migration.
            var first = context.Database.GetMigrations().First();
            await Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(context).MigrateAsync(first);
        }

        var governance = Ruicheng.Governance.Rulebooks.GovernanceRulebookFile.LoadRuicheng();
        var reported = Ruicheng.Governance.Disputes.DisputeCase.Report(governance, Ruicheng.Governance.Disputes.DisputeCaseId.From("DC-OLD"), "neighbour", UnitId.From("dawang.jinpen.g1"),
            [new Ruicheng.Governance.Disputes.DisputeParty(ResidentId.From("R-1"))], new Ruicheng.Governance.Disputes.Actor(ResidentId.From("W-1"), Ruicheng.Governance.Disputes.ActorRole.GridWorker),
            NodaTime.Instant.FromUtc(2026, 9, 24, 1, 0), "wall").Value;
        Assert.True((await store.Disputes.SaveAsync(reported, null)).IsSuccess);

        var upgraded = (await store.OpenAsync()).Value;
        Assert.Single(upgraded.AlreadyApplied);
        Assert.NotEmpty(upgraded.AppliedNow);
        var registry = Ruicheng.Primitives.Rulebooks.RulebookRegistry<Ruicheng.Governance.Rulebooks.GovernanceRulebook>.Of(governance);
        Assert.True((await store.Disputes.LoadAsync(reported.Id, registry)).IsSuccess);
        await store.Hierarchy.SaveAsync(Ruicheng.Governance.Hierarchy.RuichengHierarchy.Load());
    }

    public void Dispose()
    {
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }
}
