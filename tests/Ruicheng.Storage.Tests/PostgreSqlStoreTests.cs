namespace Ruicheng.Storage.Tests;

/// <summary>The store contract on a throwaway PostgreSQL 15 server started by the test run.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlStoreTests(PostgresFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : StoreContract(output)
{
    private string? _last;

    protected override async Task<RuichengStore> NewStoreAsync()
    {
        _last = await fixture.Server.NewDatabaseAsync();
        return RuichengStore.PostgreSql(_last);
    }

    protected override Task<RuichengStore> NewStoreOverTheSameDataAsync(RuichengStore store) => Task.FromResult(RuichengStore.PostgreSql(_last!));
}
