using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ruicheng.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context (no database is touched).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRuichengDbContext>
{
    public SqliteRuichengDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRuichengDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context (no server is contacted).</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlRuichengDbContext>
{
    public PostgreSqlRuichengDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlRuichengDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
