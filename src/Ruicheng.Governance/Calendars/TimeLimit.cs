using System.Globalization;

namespace Ruicheng.Governance.Calendars;

/// <summary>A time limit such as "2 working days" or "60 days". The default value is zero calendar days.</summary>
public readonly struct TimeLimit : IEquatable<TimeLimit>
{
    private TimeLimit(int days, TimeLimitUnit unit)
    {
        Days = days;
        Unit = unit;
    }

    /// <summary>
    /// The longest time limit: 3,650 days (about ten years), working or calendar. Deadlines computed from dates up to
    /// <see cref="CivilTime.LatestDate"/> with such limits stay far inside the calendar.
    /// </summary>
    public const int MaxDays = 3_650;

    /// <summary>The number of days, 0 to <see cref="MaxDays"/>.</summary>
    public int Days { get; }

    /// <summary>How the days are counted.</summary>
    public TimeLimitUnit Unit { get; }

    /// <summary>Creates a time limit.</summary>
    /// <param name="days">0 to <see cref="MaxDays"/> days.</param>
    /// <param name="unit">Working or calendar days.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="MaxDays"/>.</exception>
    public static TimeLimit Of(int days, TimeLimitUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        return new TimeLimit(days, unit);
    }

    /// <summary>E.g. <c>2 working days</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Days} {(Unit == TimeLimitUnit.WorkingDays ? "working" : "calendar")} day{(Days == 1 ? string.Empty : "s")}");

    /// <inheritdoc />
    public bool Equals(TimeLimit other) => Days == other.Days && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimeLimit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Days, Unit);

    /// <summary>Whether two limits are equal.</summary>
    /// <param name="left">The first limit.</param>
    /// <param name="right">The second limit.</param>
    public static bool operator ==(TimeLimit left, TimeLimit right) => left.Equals(right);

    /// <summary>Whether two limits differ.</summary>
    /// <param name="left">The first limit.</param>
    /// <param name="right">The second limit.</param>
    public static bool operator !=(TimeLimit left, TimeLimit right) => !left.Equals(right);
}
