namespace Ruicheng.Governance.Hierarchy;

/// <summary>The level at which each <see cref="UnitKind"/> sits.</summary>
public static class UnitKindExtensions
{
    /// <summary>The level of a unit kind: town and township at <see cref="UnitLevel.Township"/>, village and community at <see cref="UnitLevel.Village"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static UnitLevel Level(this UnitKind kind) => kind switch
    {
        UnitKind.County => UnitLevel.County,
        UnitKind.Town or UnitKind.Township => UnitLevel.Township,
        UnitKind.Village or UnitKind.Community => UnitLevel.Village,
        UnitKind.Grid => UnitLevel.Grid,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown unit kind."),
    };
}
