using System.Numerics;
using Ruicheng.Governance.Hierarchy;

namespace Ruicheng.Governance.Linkage;

/// <summary>Builds <see cref="UnitRollup{T}"/>s from values attached to units or to households.</summary>
public static class Rollup
{
    /// <summary>The rule id for a value attached to a unit the hierarchy does not have.</summary>
    public static RuleId UnknownUnitCode { get; } = RuleId.From("rollup.unit.unknown");

    /// <summary>The rule id for values whose sum (a unit's own values, or a total up the tree) exceeds what the measure's type holds.</summary>
    public static RuleId TotalOverflowCode { get; } = RuleId.From("rollup.total.overflow");

    /// <summary>
    /// Rolls up values attached to units by id (several values for one unit add up). A value for an unknown unit
    /// is reported, never dropped: the whole roll-up then fails with every unknown id.
    /// </summary>
    /// <typeparam name="T">The additive measure.</typeparam>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <param name="values">The values by unit, e.g. a village's collective income passed in by a host.</param>
    /// <returns>
    /// The roll-up, or every violation: one per value whose unit is unknown (path <c>[i]</c>, <see cref="UnknownUnitCode"/>),
    /// one per value that takes its unit's own sum beyond <typeparamref name="T"/>'s range (path <c>[i]</c>), or one
    /// for a total up the tree beyond that range (empty path), both <see cref="TotalOverflowCode"/>. Sums are checked, never wrapped.
    /// </returns>
    public static Result<UnitRollup<T>> ByUnit<T>(GovernanceHierarchy hierarchy, IEnumerable<KeyValuePair<UnitId, T>> values)
        where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(values);
        var own = NewZeroed<T>(hierarchy.UnitCount);
        var violations = new List<RuleViolation>();
        var position = 0;
        foreach (var (unit, value) in values)
        {
            var index = hierarchy.IndexOf(unit);
            if (index < 0)
            {
                violations.Add(RuleViolation.At(UnknownUnitCode, $"[{position}]", $"No unit '{unit}' in the hierarchy; the value was not rolled up.", unit.ToString()));
            }
            else
            {
                try
                {
                    own[index] = checked(own[index] + value);
                }
                catch (OverflowException)
                {
                    violations.Add(RuleViolation.At(TotalOverflowCode, $"[{position}]", $"Adding {value} to unit '{unit}' exceeds what {typeof(T).Name} holds.", unit.ToString()));
                }
            }

            position++;
        }

        if (violations.Count > 0)
        {
            return Result<UnitRollup<T>>.Failure(violations);
        }

        try
        {
            return Result<UnitRollup<T>>.Success(new UnitRollup<T>(hierarchy, own));
        }
        catch (OverflowException)
        {
            return Result<UnitRollup<T>>.Failure(RuleViolation.At(TotalOverflowCode, string.Empty, $"A total up the tree exceeds what {typeof(T).Name} holds."));
        }
    }

    /// <summary>
    /// Rolls up one value per household, aligned with <see cref="GovernanceHierarchy.Households"/>: each value is
    /// attached to the household's grid, then summed up the tree. The fast path for county-scale measures.
    /// </summary>
    /// <typeparam name="T">The additive measure.</typeparam>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <param name="householdValues">One value per household, in the hierarchy's household order.</param>
    /// <exception cref="ArgumentException">The span's length differs from the number of households.</exception>
    /// <exception cref="OverflowException">A sum exceeds what <typeparamref name="T"/> holds (sums are checked, never wrapped).</exception>
    public static UnitRollup<T> ByHousehold<T>(GovernanceHierarchy hierarchy, ReadOnlySpan<T> householdValues)
        where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        var grids = hierarchy.HouseholdGridIndexes;
        if (householdValues.Length != grids.Length)
        {
            throw new ArgumentException($"Expected one value per household ({grids.Length}), got {householdValues.Length}.", nameof(householdValues));
        }

        var own = NewZeroed<T>(hierarchy.UnitCount);
        for (var i = 0; i < householdValues.Length; i++)
        {
            own[grids[i]] = checked(own[grids[i]] + householdValues[i]);
        }

        return new UnitRollup<T>(hierarchy, own);
    }

    private static T[] NewZeroed<T>(int length)
        where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        var array = new T[length];
        Array.Fill(array, T.AdditiveIdentity);
        return array;
    }
}
