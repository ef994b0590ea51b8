using System.Diagnostics.Contracts;
using NodaTime;
using Ruicheng.Governance.Hierarchy.Rules;

namespace Ruicheng.Governance.Hierarchy;

public sealed partial class GovernanceHierarchy
{
    /// <summary>Adds a unit; the result is checked against every rule like a freshly loaded hierarchy.</summary>
    /// <param name="unit">The new unit.</param>
    /// <returns>The new hierarchy, or the rules the addition breaks.</returns>
    [Pure]
    public Result<GovernanceHierarchy> AddUnit(UnitDefinition unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Create(UnitDefinitions().Append(unit), HouseholdDefinitions(), MembershipDefinitions());
    }

    /// <summary>Removes a unit that has no child units and no households.</summary>
    /// <param name="id">The unit to remove.</param>
    /// <returns>The new hierarchy, or the rule the removal breaks.</returns>
    [Pure]
    public Result<GovernanceHierarchy> RemoveUnit(UnitId id)
    {
        var index = IndexOf(id);
        if (UnitMustExistRule.Check(id, index) is { } unknown)
        {
            return Result<GovernanceHierarchy>.Failure(unknown);
        }

        var households = _householdGridIndex.Count(g => g == index);
        if (UnitMustBeLeafToRemoveRule.Check(_units[index].Name, _childIndexes[index].Length, households, isCounty: index == 0) is { } notLeaf)
        {
            return Result<GovernanceHierarchy>.Failure(notLeaf);
        }

        return Create(UnitDefinitions().Where(u => u.Id != id), HouseholdDefinitions(), MembershipDefinitions());
    }

    /// <summary>Registers a household in a grid.</summary>
    /// <param name="household">The new household.</param>
    /// <returns>The new hierarchy, or the rules the registration breaks.</returns>
    [Pure]
    public Result<GovernanceHierarchy> RegisterHousehold(HouseholdDefinition household)
    {
        ArgumentNullException.ThrowIfNull(household);
        return Create(UnitDefinitions(), HouseholdDefinitions().Append(household), MembershipDefinitions());
    }

    /// <summary>Moves a household to another grid.</summary>
    /// <param name="household">The household.</param>
    /// <param name="grid">The grid it moves to.</param>
    /// <returns>The new hierarchy, or the rules the move breaks.</returns>
    [Pure]
    public Result<GovernanceHierarchy> MoveHousehold(HouseholdId household, UnitId grid)
    {
        if (HouseholdMustExistRule.Check(household, HouseholdIndexOf(household)) is { } unknown)
        {
            return Result<GovernanceHierarchy>.Failure(unknown);
        }

        return Create(UnitDefinitions(), HouseholdDefinitions().Select(h => h.Id == household ? h with { Grid = grid } : h), MembershipDefinitions());
    }

    /// <summary>
    /// Moves a resident into a household from a date: the current membership (if any) ends the day before,
    /// and a new one starts on <paramref name="from"/>.
    /// </summary>
    /// <param name="resident">The resident.</param>
    /// <param name="household">The household joined.</param>
    /// <param name="from">The first day in the new household.</param>
    /// <returns>The new hierarchy, or the rules the move breaks (e.g. a date before the current membership began).</returns>
    [Pure]
    public Result<GovernanceHierarchy> MoveResident(ResidentId resident, HouseholdId household, LocalDate from)
    {
        var memberships = MembershipDefinitions()
            .Select(m => m.Resident == resident && m.To is null && m.From < from ? m with { To = from.PlusDays(-1) } : m)
            .Append(new MembershipDefinition(resident, household, from));
        return Create(UnitDefinitions(), HouseholdDefinitions(), memberships);
    }

    /// <summary>The unit definitions this hierarchy was built from, in tree order.</summary>
    public IEnumerable<UnitDefinition> UnitDefinitions() => _units.Select(u => u.ToDefinition());

    /// <summary>The household definitions, in input order.</summary>
    public IEnumerable<HouseholdDefinition> HouseholdDefinitions() => _households.Select(h => h.ToDefinition());

    /// <summary>The membership definitions, in input order.</summary>
    public IEnumerable<MembershipDefinition> MembershipDefinitions() => _memberships.Select(m => m.ToDefinition());
}
