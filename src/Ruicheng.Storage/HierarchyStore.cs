using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Storage.Model;

namespace Ruicheng.Storage;

/// <summary>
/// The store's hierarchy (one per store: the county's units, households and memberships), kept in tables the
/// hierarchy specifications query as SQL (<c>UnitsAtLevelSpec</c>, <c>UnitsUnderSpec</c>, <c>HouseholdsInUnitSpec</c>).
/// </summary>
public sealed class HierarchyStore
{
    private static readonly SpecificationTranslator<AdministrativeUnit, UnitRow> Units = new(new Dictionary<string, (string, Type)>(StringComparer.Ordinal)
    {
        [nameof(AdministrativeUnit.Id)] = (nameof(UnitRow.Id), typeof(string)),
        [nameof(AdministrativeUnit.Code)] = (nameof(UnitRow.Code), typeof(string)),
        ["Code.Value"] = (nameof(UnitRow.Code), typeof(string)),
        [nameof(AdministrativeUnit.Name)] = (nameof(UnitRow.Name), typeof(string)),
        [nameof(AdministrativeUnit.Kind)] = (nameof(UnitRow.Kind), typeof(string)),
        [nameof(AdministrativeUnit.ParentId)] = (nameof(UnitRow.ParentId), typeof(string)),
        [nameof(AdministrativeUnit.Origin)] = (nameof(UnitRow.Origin), typeof(string)),
    });

    private static readonly SpecificationTranslator<Household, HouseholdRow> Households = new(new Dictionary<string, (string, Type)>(StringComparer.Ordinal)
    {
        [nameof(Household.Id)] = (nameof(HouseholdRow.Id), typeof(string)),
        [nameof(Household.GridId)] = (nameof(HouseholdRow.GridId), typeof(string)),
    });

    private readonly RuichengStore _store;

    internal HierarchyStore(RuichengStore store) => _store = store;

    /// <summary>Replaces the stored hierarchy with <paramref name="hierarchy"/>, in one transaction.</summary>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task SaveAsync(GovernanceHierarchy hierarchy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        await using var context = _store.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await context.Memberships.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.Households.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.Units.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        context.Units.AddRange(hierarchy.Units.Select((u, i) => new UnitRow
        {
            Id = u.Id.Value, Position = i, Code = u.Code.Value, Name = u.Name, Kind = u.Kind.ToString(), ParentId = u.ParentId?.Value, Origin = u.Origin.ToString(),
        }));
        context.Households.AddRange(hierarchy.Households.Select((h, i) => new HouseholdRow { Id = h.Id.Value, Position = i, GridId = h.GridId.Value, Synthetic = h.Synthetic }));
        context.Memberships.AddRange(hierarchy.Memberships.Select((m, i) => new MembershipRow
        {
            Position = i, Resident = m.Resident.Value, Household = m.Household.Value, From = Date(m.From), To = m.To is { } to ? Date(to) : null,
        }));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored hierarchy, rebuilt and checked as any hierarchy is (<see cref="GovernanceHierarchy.Create(IEnumerable{UnitDefinition}, IEnumerable{HouseholdDefinition}, IEnumerable{MembershipDefinition})"/>).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<Result<GovernanceHierarchy>> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var context = _store.CreateContext();
        var units = await context.Units.AsNoTracking().OrderBy(u => u.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var households = await context.Households.AsNoTracking().OrderBy(h => h.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var memberships = await context.Memberships.AsNoTracking().OrderBy(m => m.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        return GovernanceHierarchy.Create(
            units.Select(u => new UnitDefinition(
                UnitId.From(u.Id), DivisionCode.Parse(u.Code), u.Name, Enum.Parse<UnitKind>(u.Kind), u.ParentId is null ? null : UnitId.From(u.ParentId), Enum.Parse<UnitOrigin>(u.Origin))),
            households.Select(h => new HouseholdDefinition(HouseholdId.From(h.Id), UnitId.From(h.GridId), h.Synthetic)),
            memberships.Select(m => new MembershipDefinition(ResidentId.From(m.Resident), HouseholdId.From(m.Household), Local(m.From), m.To is { } to ? Local(to) : null)));
    }

    /// <summary>
    /// The ids of the units a specification selects, filtered and ordered as SQL (members mapped to columns: id, code,
    /// name, kind, parent id, origin); exactly what its in-memory evaluation over the stored hierarchy selects.
    /// </summary>
    /// <param name="specification">The specification, e.g. <c>UnitsAtLevelSpec</c> or <c>UnitsUnderSpec</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="NotSupportedException">The specification reads a member the store has no column for.</exception>
    public async Task<ImmutableArray<UnitId>> QueryUnitsAsync(Ardalis.Specification.ISpecification<AdministrativeUnit> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        await using var context = _store.CreateContext();
        var ids = await Units.Apply(context.Units.AsNoTracking(), specification).Select(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. ids.Select(UnitId.From)];
    }

    /// <summary>The ids of the households a specification selects (members mapped: id, grid id), as SQL.</summary>
    /// <param name="specification">The specification, e.g. <c>HouseholdsInUnitSpec</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="NotSupportedException">The specification reads a member the store has no column for.</exception>
    public async Task<ImmutableArray<HouseholdId>> QueryHouseholdsAsync(Ardalis.Specification.ISpecification<Household> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        await using var context = _store.CreateContext();
        var ids = await Households.Apply(context.Households.AsNoTracking(), specification).Select(h => h.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. ids.Select(HouseholdId.From)];
    }

    /// <summary>The SQL <see cref="QueryUnitsAsync"/> runs for a specification, for logs and reviews.</summary>
    /// <param name="specification">The specification.</param>
    public string ToSql(Ardalis.Specification.ISpecification<AdministrativeUnit> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        using var context = _store.CreateContext();
        return Units.Apply(context.Units.AsNoTracking(), specification).Select(u => u.Id).ToQueryString();
    }

    private static DateOnly Date(LocalDate date) => new(date.Year, date.Month, date.Day);

    private static LocalDate Local(DateOnly date) => new(date.Year, date.Month, date.Day);
}
