namespace Ruicheng.Civility.Points;

/// <summary>The period over which a points cap (积分上限) counts, in civil dates.</summary>
public enum CapPeriod
{
    /// <summary>A civil day.</summary>
    Day = 0,

    /// <summary>A calendar month.</summary>
    Month = 1,

    /// <summary>A calendar quarter.</summary>
    Quarter = 2,

    /// <summary>A calendar year.</summary>
    Year = 3,
}
