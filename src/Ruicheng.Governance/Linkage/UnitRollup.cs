using System.Collections.Immutable;
using System.Numerics;
using Ruicheng.Governance.Hierarchy;

namespace Ruicheng.Governance.Linkage;

/// <summary>
/// An additive per-unit measure summed up the tree (逐级汇总): each unit's total is its own value plus its
/// descendants' totals, so the county's total is the sum over every unit. Any measure that adds — patrol figures,
/// collective income in <see cref="Money"/>, civility scores — rolls up the same way.
/// </summary>
/// <typeparam name="T">The measure: anything with <c>+</c> and a zero.</typeparam>
public sealed class UnitRollup<T>
    where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>
{
    private readonly GovernanceHierarchy _hierarchy;
    private readonly T[] _own;
    private readonly T[] _totals;

    internal UnitRollup(GovernanceHierarchy hierarchy, T[] own)
    {
        _hierarchy = hierarchy;
        _own = own;
        _totals = (T[])own.Clone();
        var parents = hierarchy.ParentIndexes;
        // Tree order puts every parent before its children, so one backward pass adds each total into its parent.
        for (var i = _totals.Length - 1; i > 0; i--)
        {
            _totals[parents[i]] = checked(_totals[parents[i]] + _totals[i]);
        }
    }

    /// <summary>The hierarchy rolled up over.</summary>
    public GovernanceHierarchy Hierarchy => _hierarchy;

    /// <summary>The unit's total: its own value plus every descendant's.</summary>
    /// <param name="unit">The unit.</param>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public T TotalOf(UnitId unit) => _totals[Index(unit)];

    /// <summary>The value attached to the unit itself (before roll-up).</summary>
    /// <param name="unit">The unit.</param>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public T OwnOf(UnitId unit) => _own[Index(unit)];

    /// <summary>Every unit's total, in the hierarchy's tree order.</summary>
    public ImmutableArray<KeyValuePair<UnitId, T>> Totals =>
        _hierarchy.Units.Select((u, i) => KeyValuePair.Create(u.Id, _totals[i])).ToImmutableArray();

    private int Index(UnitId unit)
    {
        var index = _hierarchy.IndexOf(unit);
        return index >= 0 ? index : throw new KeyNotFoundException($"No unit '{unit}' in this hierarchy.");
    }
}
