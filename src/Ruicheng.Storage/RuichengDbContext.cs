using Microsoft.EntityFrameworkCore;
using Ruicheng.Storage.Model;

namespace Ruicheng.Storage;

/// <summary>
/// The provider-neutral model: plain columns (text, 64-bit integers, dates, bytes) that SQLite and PostgreSQL hold the
/// same way. Instants are stored as Unix ticks (100 ns, UTC), quantities as invariant decimal text.
/// </summary>
internal abstract class RuichengDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<LedgerEntryRow> LedgerEntries => Set<LedgerEntryRow>();

    public DbSet<LedgerHeadRow> LedgerHeads => Set<LedgerHeadRow>();

    public DbSet<DisputeCaseRow> DisputeCases => Set<DisputeCaseRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LedgerEntryRow>(entry =>
        {
            entry.ToTable("ledger_entries");
            entry.HasKey(e => new { e.Ledger, e.Sequence });
            entry.HasIndex(e => new { e.Ledger, e.Resident, e.SourceEventId, e.RuleKey }).IsUnique();
            entry.HasIndex(e => new { e.Ledger, e.EntryId }).IsUnique();
            entry.Property(e => e.Ledger).HasMaxLength(64);
            entry.Property(e => e.EntryId).HasMaxLength(64);
            entry.Property(e => e.Resident).HasMaxLength(64);
            entry.Property(e => e.RuleKey).HasMaxLength(64);
            entry.Property(e => e.RulebookVersion).HasMaxLength(16);
            entry.Property(e => e.Quantity).HasMaxLength(40);
            entry.Property(e => e.Reverses).HasMaxLength(64);
            entry.Property(e => e.KeyId).HasMaxLength(64);
        });

        modelBuilder.Entity<LedgerHeadRow>(head =>
        {
            head.ToTable("ledger_heads");
            head.HasKey(h => h.Ledger);
            head.Property(h => h.Ledger).HasMaxLength(64);
            head.Property(h => h.Count).IsConcurrencyToken();
        });

        modelBuilder.Entity<DisputeCaseRow>(row =>
        {
            row.ToTable("dispute_cases");
            row.HasKey(c => c.Id);
            row.Property(c => c.Id).HasMaxLength(64);
            row.Property(c => c.Rulebook).HasMaxLength(80);
            row.Property(c => c.CaseType).HasMaxLength(64);
            row.Property(c => c.Unit).HasMaxLength(64);
            row.Property(c => c.State).HasMaxLength(32);
            row.Property(c => c.TierId).HasMaxLength(64);
            row.Property(c => c.Version).IsConcurrencyToken();
            row.HasIndex(c => c.Unit);
            row.HasIndex(c => new { c.State, c.DeadlineTicks });
            row.HasIndex(c => c.TierId);
        });
    }
}

/// <summary>The SQLite flavour (embedded default); its migrations live under <c>Migrations/Sqlite</c>.</summary>
internal sealed class SqliteRuichengDbContext(DbContextOptions<SqliteRuichengDbContext> options) : RuichengDbContext(options);

/// <summary>The PostgreSQL flavour (a county's server); its migrations live under <c>Migrations/PostgreSql</c>.</summary>
internal sealed class PostgreSqlRuichengDbContext(DbContextOptions<PostgreSqlRuichengDbContext> options) : RuichengDbContext(options);
