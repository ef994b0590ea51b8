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

    public DbSet<UnitRow> Units => Set<UnitRow>();

    public DbSet<HouseholdRow> Households => Set<HouseholdRow>();

    public DbSet<MembershipRow> Memberships => Set<MembershipRow>();

    public DbSet<ClaimRow> Claims => Set<ClaimRow>();

    public DbSet<IncomeRow> Incomes => Set<IncomeRow>();

    public DbSet<ScoreRow> Scores => Set<ScoreRow>();

    public DbSet<RegisterRow> Registers => Set<RegisterRow>();

    public DbSet<DistributionRow> Distributions => Set<DistributionRow>();

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

        modelBuilder.Entity<UnitRow>(unit =>
        {
            unit.ToTable("units");
            unit.HasKey(u => u.Id);
            unit.HasIndex(u => u.Code).IsUnique();
            unit.HasIndex(u => u.ParentId);
            unit.Property(u => u.Id).HasMaxLength(64);
            unit.Property(u => u.Code).HasMaxLength(15);
            unit.Property(u => u.Kind).HasMaxLength(16);
            unit.Property(u => u.ParentId).HasMaxLength(64);
            unit.Property(u => u.Origin).HasMaxLength(16);
        });

        modelBuilder.Entity<HouseholdRow>(household =>
        {
            household.ToTable("households");
            household.HasKey(h => h.Id);
            household.HasIndex(h => h.GridId);
            household.Property(h => h.Id).HasMaxLength(64);
            household.Property(h => h.GridId).HasMaxLength(64);
        });

        modelBuilder.Entity<MembershipRow>(membership =>
        {
            membership.ToTable("memberships");
            membership.HasKey(m => m.Position);
            membership.Property(m => m.Position).ValueGeneratedNever();
            membership.HasIndex(m => new { m.Resident, m.From });
            membership.Property(m => m.Resident).HasMaxLength(64);
            membership.Property(m => m.Household).HasMaxLength(64);
        });

        modelBuilder.Entity<ClaimRow>(claim =>
        {
            claim.ToTable("points_claims");
            claim.HasKey(c => c.Id);
            claim.HasIndex(c => new { c.State, c.OccurredOn });
            claim.HasIndex(c => c.Resident);
            claim.Property(c => c.Id).HasMaxLength(128);
            claim.Property(c => c.Rulebook).HasMaxLength(80);
            claim.Property(c => c.Resident).HasMaxLength(64);
            claim.Property(c => c.Rule).HasMaxLength(64);
            claim.Property(c => c.State).HasMaxLength(16);
            claim.Property(c => c.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<IncomeRow>(income =>
        {
            income.ToTable("collective_incomes");
            income.HasKey(i => new { i.Village, i.Year, i.Source });
            income.Property(i => i.Village).HasMaxLength(64);
            income.Property(i => i.Source).HasMaxLength(32);
        });

        modelBuilder.Entity<ScoreRow>(score =>
        {
            score.ToTable("score_snapshots");
            score.HasKey(s => new { s.AsOf, s.Subject });
            score.HasIndex(s => new { s.AsOf, s.Tier, s.Score });
            score.Property(s => s.Subject).HasMaxLength(64);
            score.Property(s => s.Tier).HasMaxLength(8);
            score.Property(s => s.ScoreTier).HasMaxLength(8);
        });

        modelBuilder.Entity<RegisterRow>(register =>
        {
            register.ToTable("share_registers");
            register.HasKey(r => r.Cooperative);
            register.Property(r => r.Cooperative).HasMaxLength(128);
            register.Property(r => r.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<DistributionRow>(distribution =>
        {
            distribution.ToTable("distributions");
            distribution.HasKey(d => new { d.Cooperative, d.Year });
            distribution.Property(d => d.Cooperative).HasMaxLength(128);
        });
    }
}

/// <summary>The SQLite flavour (embedded default); its migrations live under <c>Migrations/Sqlite</c>.</summary>
internal sealed class SqliteRuichengDbContext(DbContextOptions<SqliteRuichengDbContext> options) : RuichengDbContext(options);

/// <summary>The PostgreSQL flavour (a county's server); its migrations live under <c>Migrations/PostgreSql</c>.</summary>
internal sealed class PostgreSqlRuichengDbContext(DbContextOptions<PostgreSqlRuichengDbContext> options) : RuichengDbContext(options);
