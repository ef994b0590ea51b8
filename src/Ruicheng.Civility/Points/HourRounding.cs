namespace Ruicheng.Civility.Points;

/// <summary>How partial hours of a per-hour rule count.</summary>
public enum HourRounding
{
    /// <summary>Only whole hours count (2.9 hours → 2).</summary>
    WholeHoursOnly = 0,

    /// <summary>Half an hour or more counts as an hour (2.5 → 3, 2.4 → 2).</summary>
    HalfHourUp = 1,
}
