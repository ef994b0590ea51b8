namespace Ruicheng.Governance.Hierarchy;

/// <summary>What a unit is; each kind sits at one <see cref="UnitLevel"/>.</summary>
public enum UnitKind
{
    /// <summary>A county (县).</summary>
    County = 0,

    /// <summary>A town (镇), at township level.</summary>
    Town = 1,

    /// <summary>A township (乡), at township level.</summary>
    Township = 2,

    /// <summary>An administrative village (行政村), at village level.</summary>
    Village = 3,

    /// <summary>An urban community (社区), at village level.</summary>
    Community = 4,

    /// <summary>A grid (网格).</summary>
    Grid = 5,
}
