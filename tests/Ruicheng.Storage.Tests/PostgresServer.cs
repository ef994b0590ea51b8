using Ruicheng.TestUtilities;

namespace Ruicheng.Storage.Tests;

/// <summary>The throwaway PostgreSQL server (<see cref="TestUtilities.PostgresServer"/>) as an xunit fixture: started once, stopped at the end even when tests fail.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; } = new();

    public Task InitializeAsync() => Server.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync().ConfigureAwait(false);
}

/// <summary>One PostgreSQL server for every test class that needs it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
