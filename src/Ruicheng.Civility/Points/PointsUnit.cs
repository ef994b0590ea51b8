namespace Ruicheng.Civility.Points;

/// <summary>What a rule's points are counted per.</summary>
public enum PointsUnit
{
    /// <summary>Per occurrence (每次).</summary>
    Occurrence = 0,

    /// <summary>Per hour (每小时), with the rule's stated rounding of partial hours.</summary>
    Hour = 1,
}
