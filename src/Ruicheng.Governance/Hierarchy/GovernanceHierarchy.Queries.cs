using NodaTime;

namespace Ruicheng.Governance.Hierarchy;

public sealed partial class GovernanceHierarchy
{
    /// <summary>The unit with an id.</summary>
    /// <param name="id">The unit's id.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public AdministrativeUnit this[UnitId id] => TryFind(id, out var unit) ? unit : throw new KeyNotFoundException($"No unit '{id}' in this hierarchy.");

    /// <summary>The unit with an id, or null.</summary>
    /// <param name="id">The unit's id.</param>
    public AdministrativeUnit? Find(UnitId id) => TryFind(id, out var unit) ? unit : null;

    /// <summary>The household with an id.</summary>
    /// <param name="id">The household's id.</param>
    /// <exception cref="KeyNotFoundException">The household is not registered.</exception>
    public Household Household(HouseholdId id) => FindHousehold(id) ?? throw new KeyNotFoundException($"No household '{id}' in this hierarchy.");

    /// <summary>Finds a unit by id.</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="unit">The unit, or null.</param>
    /// <returns>Whether the unit exists.</returns>
    public bool TryFind(UnitId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AdministrativeUnit? unit)
    {
        var index = IndexOf(id);
        unit = index >= 0 ? _units[index] : null;
        return unit is not null;
    }

    /// <summary>Whether a unit with this id exists.</summary>
    /// <param name="id">The unit's id.</param>
    public bool Contains(UnitId id) => IndexOf(id) >= 0;

    /// <summary>Finds the unit with a division code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The unit, or null.</returns>
    public AdministrativeUnit? FindByCode(DivisionCode code) => _units.FirstOrDefault(u => u.Code == code);

    /// <summary>
    /// Finds units by their Chinese name (exact, ordinal). Names are not unique across a county in general,
    /// so this returns every match in tree order.
    /// </summary>
    /// <param name="name">The name, e.g. 金盆村.</param>
    public IReadOnlyList<AdministrativeUnit> FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _units.Where(u => string.Equals(u.Name, name, StringComparison.Ordinal)).ToList();
    }

    /// <summary>The parent of a unit, or null for the county.</summary>
    /// <param name="id">The unit's id.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public AdministrativeUnit? ParentOf(UnitId id)
    {
        var parent = _parentIndex[RequireIndex(id)];
        return parent >= 0 ? _units[parent] : null;
    }

    /// <summary>The direct children of a unit, in input order.</summary>
    /// <param name="id">The unit's id.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public IReadOnlyList<AdministrativeUnit> ChildrenOf(UnitId id) => _childIndexes[RequireIndex(id)].Select(i => _units[i]).ToList();

    /// <summary>The ancestors of a unit from the county down to its parent (empty for the county).</summary>
    /// <param name="id">The unit's id.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public IReadOnlyList<AdministrativeUnit> AncestorsOf(UnitId id)
    {
        var ancestors = new List<AdministrativeUnit>();
        for (var index = _parentIndex[RequireIndex(id)]; index >= 0; index = _parentIndex[index])
        {
            ancestors.Add(_units[index]);
        }

        ancestors.Reverse();
        return ancestors;
    }

    /// <summary>The path of names from the county to a unit, e.g. <c>芮城县 / 大王镇 / 金盆村</c>.</summary>
    /// <param name="id">The unit's id.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public string PathOf(UnitId id) => string.Join(" / ", AncestorsOf(id).Append(this[id]).Select(u => u.Name));

    /// <summary>The descendants of a unit (not the unit itself) in tree order, optionally only those at one level.</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="level">Only units at this level, or every descendant when null.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public IReadOnlyList<AdministrativeUnit> DescendantsOf(UnitId id, UnitLevel? level = null)
    {
        var result = new List<AdministrativeUnit>();
        var pending = new Queue<int>(_childIndexes[RequireIndex(id)]);
        while (pending.Count > 0)
        {
            var next = pending.Dequeue();
            if (level is null || _units[next].Level == level)
            {
                result.Add(_units[next]);
            }

            if (level is null || _units[next].Level < level)
            {
                foreach (var child in _childIndexes[next])
                {
                    pending.Enqueue(child);
                }
            }
        }

        return result;
    }

    /// <summary>Whether <paramref name="id"/> is <paramref name="ancestor"/> or lies under it.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="ancestor">The candidate enclosing unit.</param>
    /// <exception cref="KeyNotFoundException">Either unit is unknown.</exception>
    public bool IsWithin(UnitId id, UnitId ancestor) => IsWithinIndex(RequireIndex(id), RequireIndex(ancestor));

    /// <summary>The household with an id.</summary>
    /// <param name="id">The household's id.</param>
    /// <returns>The household, or null.</returns>
    public Household? FindHousehold(HouseholdId id)
    {
        var index = HouseholdIndexOf(id);
        return index >= 0 ? _households[index] : null;
    }

    /// <summary>The grid (网格) responsible for a household.</summary>
    /// <param name="household">The household's id.</param>
    /// <exception cref="KeyNotFoundException">The household is not registered.</exception>
    public AdministrativeUnit GridOf(HouseholdId household)
    {
        var index = HouseholdIndexOf(household);
        return index >= 0 ? _units[_householdGridIndex[index]] : throw new KeyNotFoundException($"No household '{household}' in this hierarchy.");
    }

    /// <summary>The households registered in a unit's grids (the unit itself when it is a grid).</summary>
    /// <param name="id">The unit's id.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public IReadOnlyList<Household> HouseholdsIn(UnitId id)
    {
        var unit = RequireIndex(id);
        return _households.Where((_, i) => IsWithinIndex(_householdGridIndex[i], unit)).ToList();
    }

    /// <summary>The household a resident belongs to on a date, or null when none.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="date">The civil date.</param>
    public HouseholdId? HouseholdOf(ResidentId resident, LocalDate date) =>
        _membershipsByResident.TryGetValue(resident, out var memberships)
            ? memberships.FirstOrDefault(m => m.Covers(date))?.Household
            : null;

    /// <summary>The residents of a household on a date.</summary>
    /// <param name="household">The household.</param>
    /// <param name="date">The civil date.</param>
    public IReadOnlyList<ResidentId> MembersOf(HouseholdId household, LocalDate date) =>
        _memberships.Where(m => m.Household == household && m.Covers(date)).Select(m => m.Resident).ToList();

    internal bool IsWithinIndex(int index, int ancestor)
    {
        for (; index >= 0; index = _parentIndex[index])
        {
            if (index == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private int RequireIndex(UnitId id)
    {
        var index = IndexOf(id);
        return index >= 0 ? index : throw new KeyNotFoundException($"No unit '{id}' in this hierarchy.");
    }
}
