using NodaTime;

namespace Ruicheng.Primitives;

/// <summary>
/// The civil time of Ruicheng County (北京时间): the <c>Asia/Shanghai</c> zone from the TZDB that ships with
/// NodaTime. Days, ISO weeks, months and deadlines are all counted in this zone.
/// </summary>
public static class CivilTime
{
    /// <summary>The <c>Asia/Shanghai</c> time zone.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The civil date of an instant in Asia/Shanghai.</summary>
    /// <param name="instant">The instant.</param>
    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>The civil date and time of an instant in Asia/Shanghai.</summary>
    /// <param name="instant">The instant.</param>
    public static LocalDateTime LocalDateTimeOf(Instant instant) => instant.InZone(Zone).LocalDateTime;

    /// <summary>
    /// The instant of a civil date and time in Asia/Shanghai. China has observed no daylight-saving time since
    /// 1991, so the mapping is unambiguous for every date the engine handles; earlier ambiguous times resolve leniently.
    /// </summary>
    /// <param name="localDateTime">The civil date and time.</param>
    public static Instant InstantOf(LocalDateTime localDateTime) => localDateTime.InZoneLeniently(Zone).ToInstant();

    /// <summary>The instant a civil date begins in Asia/Shanghai.</summary>
    /// <param name="date">The civil date.</param>
    public static Instant StartOf(LocalDate date) => Zone.AtStartOfDay(date).ToInstant();
}
