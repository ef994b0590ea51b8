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

    public void Dispose()
    {
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }
}
