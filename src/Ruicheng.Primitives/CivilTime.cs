using System.Globalization;
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

    /// <summary>
    /// The first civil date the engine accepts in any document or input: 1900-01-01. Every loader and the tool refuse
    /// an earlier date with this limit named, so that windows and deadlines computed from accepted dates never
    /// leave the calendar.
    /// </summary>
    public static LocalDate EarliestDate { get; } = new(1900, 1, 1);

    /// <summary>
    /// The last civil date the engine accepts in any document or input: 2199-12-31. A later date is refused with this
    /// limit named (never accepted and then overflowing): every window, deadline and extension computed from dates in
    /// range stays within <see cref="LocalDate.MaxIsoValue"/>.
    /// </summary>
    public static LocalDate LatestDate { get; } = new(2199, 12, 31);

    /// <summary>Whether a date lies in <see cref="EarliestDate"/>..<see cref="LatestDate"/>, both included.</summary>
    /// <param name="date">The date.</param>
    public static bool IsSupported(LocalDate date) => date >= EarliestDate && date <= LatestDate;

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

    /// <summary>
    /// An instant as Beijing wall-clock time for people: <c>yyyy-MM-dd HH:mm (Asia/Shanghai)</c>, with an instant at
    /// midnight written as <c>24:00</c> of the day before (a deadline at the start of 14 October reads
    /// <c>2026-10-13 24:00 (Asia/Shanghai)</c>: the whole of the 13th was allowed). Minutes are truncated.
    /// </summary>
    /// <param name="instant">The instant.</param>
    public static string Describe(Instant instant)
    {
        var local = LocalDateTimeOf(instant);
        return local.TimeOfDay == LocalTime.Midnight
            ? string.Create(CultureInfo.InvariantCulture, $"{local.Date.PlusDays(-1):uuuu-MM-dd} 24:00 (Asia/Shanghai)")
            : string.Create(CultureInfo.InvariantCulture, $"{local:uuuu-MM-dd HH:mm} (Asia/Shanghai)");
    }
}
