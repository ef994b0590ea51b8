using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Ruicheng.Governance.Hierarchy;

/// <summary>
/// The immutable, validated tree of the three-tier linkage (三级联动): one county, its towns and townships,
/// their villages and communities, their grids, the households registered in the grids and the residents'
/// dated memberships of households. Every instance is a valid tree; every operation returns a new instance or
/// the rules it would break.
/// </summary>
public sealed partial class GovernanceHierarchy
{
    private readonly ImmutableArray<AdministrativeUnit> _units;
    private readonly FrozenDictionary<UnitId, int> _unitIndex;
    private readonly int[] _parentIndex;
    private readonly ImmutableArray<int>[] _childIndexes;
    private readonly ImmutableArray<Household> _households;
    private readonly FrozenDictionary<HouseholdId, int> _householdIndex;
    private readonly int[] _householdGridIndex;
    private readonly ImmutableArray<HouseholdMembership> _memberships;
    private readonly FrozenDictionary<ResidentId, ImmutableArray<HouseholdMembership>> _membershipsByResident;

    private GovernanceHierarchy(
        ImmutableArray<AdministrativeUnit> unitsInTreeOrder,
        ImmutableArray<Household> households,
        ImmutableArray<HouseholdMembership> memberships)
    {
        _units = unitsInTreeOrder;
        _unitIndex = unitsInTreeOrder.Select((u, i) => KeyValuePair.Create(u.Id, i)).ToFrozenDictionary();
        _parentIndex = unitsInTreeOrder.Select(u => u.ParentId is { } p ? _unitIndex[p] : -1).ToArray();
        var children = new List<int>[unitsInTreeOrder.Length];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = [];
        }

        for (var i = 0; i < _parentIndex.Length; i++)
        {
            if (_parentIndex[i] >= 0)
            {
                children[_parentIndex[i]].Add(i);
            }
        }

        _childIndexes = children.Select(c => c.ToImmutableArray()).ToArray();
        _households = households;
        _householdIndex = households.Select((h, i) => KeyValuePair.Create(h.Id, i)).ToFrozenDictionary();
        _householdGridIndex = households.Select(h => _unitIndex[h.GridId]).ToArray();
        _memberships = memberships;
        _membershipsByResident = memberships.GroupBy(m => m.Resident)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(m => m.From).ToImmutableArray());
    }

    /// <summary>The units in tree order: the county first, every parent before its children, siblings in input order.</summary>
    public ImmutableArray<AdministrativeUnit> Units => _units;

    /// <summary>The county at the root.</summary>
    public AdministrativeUnit County => _units[0];

    /// <summary>The registered households, in input order.</summary>
    public ImmutableArray<Household> Households => _households;

    /// <summary>Every resident's household memberships, in input order.</summary>
    public ImmutableArray<HouseholdMembership> Memberships => _memberships;

    /// <summary>The number of units.</summary>
    public int UnitCount => _units.Length;

    /// <summary>
    /// Builds a hierarchy from definitions, checking every rule and reporting every violation at once (paths
    /// such as <c>$.units[3].parent</c> point into the definition lists). Nothing invalid is half-built.
    /// </summary>
    /// <param name="units">The units, in any order.</param>
    /// <param name="households">The households.</param>
    /// <param name="memberships">The residents' memberships.</param>
    /// <returns>The hierarchy, or every violation found.</returns>
    public static Result<GovernanceHierarchy> Create(
        IEnumerable<UnitDefinition> units,
        IEnumerable<HouseholdDefinition> households,
        IEnumerable<MembershipDefinition> memberships)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(households);
        ArgumentNullException.ThrowIfNull(memberships);
        return FromCheck(new HierarchyCheck(units.ToList(), households.ToList(), memberships.ToList()));
    }

    internal static Result<GovernanceHierarchy> FromCheck(HierarchyCheck check)
    {
        var violations = check.Run();
        if (violations.Count > 0)
        {
            return Result<GovernanceHierarchy>.Failure(violations);
        }

        return Result<GovernanceHierarchy>.Success(new GovernanceHierarchy(
            check.TreeOrder.Select(i => new AdministrativeUnit(check.Units[i])).ToImmutableArray(),
            check.Households.Select(h => new Household(h)).ToImmutableArray(),
            check.Memberships.Select(m => new HouseholdMembership(m)).ToImmutableArray()));
    }

    /// <summary>Builds a hierarchy of units only (no households yet).</summary>
    /// <param name="units">The units.</param>
    /// <returns>The hierarchy, or every violation found.</returns>
    public static Result<GovernanceHierarchy> Create(IEnumerable<UnitDefinition> units) => Create(units, [], []);

    internal int IndexOf(UnitId id) => _unitIndex.TryGetValue(id, out var index) ? index : -1;

    internal ReadOnlySpan<int> ParentIndexes => _parentIndex;

    internal ReadOnlySpan<int> HouseholdGridIndexes => _householdGridIndex;

    internal int HouseholdIndexOf(HouseholdId id) => _householdIndex.TryGetValue(id, out var index) ? index : -1;

    internal ImmutableArray<int> ChildIndexesOf(int index) => _childIndexes[index];
}
