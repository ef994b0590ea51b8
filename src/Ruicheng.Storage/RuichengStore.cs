using System.Collections.Immutable;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Ruicheng.Storage;

/// <summary>
/// Durable state for Ruicheng.Domain (持久化): the civility ledgers and the dispute cases, in an embedded SQLite file or a
/// PostgreSQL database. Each operation uses its own short-lived connection, so one store may be used from several tasks;
/// concurrent writers are resolved by the database (one wins, the other gets a conflict result to retry).
/// </summary>
/// <example>
/// <code>
/// var store = RuichengStore.Sqlite("ruicheng.db");
/// var opened = await store.OpenAsync();           // creates or upgrades the schema; refuses a newer one
/// var ledger = await store.Ledgers.OpenAsync("county", rulebook, key, []);
/// </code>
/// </example>
public sealed class RuichengStore
{
    private readonly Func<RuichengDbContext> _create;

    private RuichengStore(StoreProvider provider, Func<RuichengDbContext> create)
    {
        Provider = provider;
        _create = create;
        Ledgers = new LedgerStore(this);
        Disputes = new DisputeCaseStore(this);
        Hierarchy = new HierarchyStore(this);
        Claims = new ClaimStore(this);
        Incomes = new IncomeStore(this);
        Scores = new ScoreStore(this);
        Cooperatives = new CooperativeStore(this);
    }

    /// <summary>The database kind.</summary>
    public StoreProvider Provider { get; }

    /// <summary>The civility ledgers: append-only, hash-chained, verified on open.</summary>
    public LedgerStore Ledgers { get; }

    /// <summary>The hierarchy: units, households and memberships in tables the hierarchy specifications query.</summary>
    public HierarchyStore Hierarchy { get; }

    /// <summary>The points claims, with their audit trails, state columns and optimistic concurrency.</summary>
    public ClaimStore Claims { get; }

    /// <summary>The villages' collective income by year and source.</summary>
    public IncomeStore Incomes { get; }

    /// <summary>Published civility score snapshots by date.</summary>
    public ScoreStore Scores { get; }

    /// <summary>Cooperatives' share registers and their distributions by year.</summary>
    public CooperativeStore Cooperatives { get; }

    /// <summary>The dispute cases: stored forms with state columns and optimistic concurrency.</summary>
    public DisputeCaseStore Disputes { get; }

    /// <summary>A store in a SQLite file (created on <see cref="OpenAsync"/> if missing).</summary>
    /// <param name="path">The file's path.</param>
    public static RuichengStore Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connection = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<SqliteRuichengDbContext>().UseSqlite(connection).Options;
        return new RuichengStore(StoreProvider.Sqlite, () => new SqliteRuichengDbContext(options));
    }

    /// <summary>A store in a PostgreSQL database.</summary>
    /// <param name="connectionString">An Npgsql connection string (host, port, database, user…).</param>
    public static RuichengStore PostgreSql(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = new DbContextOptionsBuilder<PostgreSqlRuichengDbContext>().UseNpgsql(connectionString).Options;
        return new RuichengStore(StoreProvider.PostgreSql, () => new PostgreSqlRuichengDbContext(options));
    }

    /// <summary>
    /// Opens the store: creates the schema of an empty database, upgrades an older one with the shipped migrations (a
    /// store written by an older version is migrated, never misread), and refuses one written by a newer version
    /// (<see cref="StoreRules.NewerSchema"/>) or a file or server that is not a Ruicheng store (<see cref="StoreRules.Unreadable"/>).
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<Result<StoreSchema>> OpenAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var context = _create();
            var known = context.Database.GetMigrations().ToImmutableArray();
            var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToImmutableArray();
            var unknown = applied.Except(known, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                return Result<StoreSchema>.Failure(RuleViolation.Of(
                    StoreRules.NewerSchema,
                    $"The store was written by a newer version (migrations {string.Join(", ", unknown)}); this version knows {string.Join(", ", known)} and reads nothing from it.",
                    Figure.Of("unknownMigrations", string.Join(", ", unknown))));
            }

            var pending = known.Except(applied, StringComparer.Ordinal).ToImmutableArray();
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return Result<StoreSchema>.Success(new StoreSchema(applied, pending));
        }
        catch (DbException exception)
        {
            return Result<StoreSchema>.Failure(RuleViolation.Of(StoreRules.Unreadable, $"The {Provider} store cannot be read as a Ruicheng store: {exception.Message}"));
        }
    }

    internal RuichengDbContext CreateContext() => _create();
}
