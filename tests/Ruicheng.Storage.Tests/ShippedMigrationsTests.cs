using Microsoft.EntityFrameworkCore;

namespace Ruicheng.Storage.Tests;

/// <summary>Issue 12: a county upgrades its schema with the shipped migrations, so they must cover the model exactly.</summary>
public class ShippedMigrationsTests
{
    [Fact]
    public void TheSqliteMigrations_CoverTheModel()
    {
        using var context = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add for SqliteRuichengDbContext.");
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void ThePostgreSqlMigrations_CoverTheModel()
    {
        using var context = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add for PostgreSqlRuichengDbContext.");
        Assert.NotEmpty(context.Database.GetMigrations());
    }
}
