namespace Ruicheng.Storage.Tests;

/// <summary>The store contract on an embedded SQLite file.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
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

    public void Dispose()
    {
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }
}
