using System.Buffers.Text;
using NodaTime;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>
/// Strict parsing of CSV fields from their UTF-8 bytes: dates are exactly <c>yyyy-MM-dd</c> within
/// <see cref="CivilTime.EarliestDate"/>..<see cref="CivilTime.LatestDate"/>; numbers are plain decimals
/// (<c>-12.5</c>; no exponent, thousands separator or spaces) of at most 28 digits, so they are held exactly.
/// </summary>
internal static class CsvFields
{
    private const int MaxDigits = 28;

    // The supported range as yyyymmdd numbers, so a field is checked against it without making a date.
    private static readonly int Earliest = SortKey(CivilTime.EarliestDate.Year, CivilTime.EarliestDate.Month, CivilTime.EarliestDate.Day);
    private static readonly int Latest = SortKey(CivilTime.LatestDate.Year, CivilTime.LatestDate.Month, CivilTime.LatestDate.Day);

    public static bool TryDate(ReadOnlySpan<byte> field, out LocalDate date)
    {
        var valid = TryDateParts(field, out var year, out var month, out var day);
        date = valid ? new LocalDate(year, month, day) : default;
        return valid;
    }

    /// <summary>
    /// The year, month and day of a date field under <see cref="TryDate"/>'s rules, without making the date: exactly
    /// <c>yyyy-MM-dd</c>, a real day of the ISO calendar, within <see cref="CivilTime.EarliestDate"/>..<see cref="CivilTime.LatestDate"/>.
    /// </summary>
    public static bool TryDateParts(ReadOnlySpan<byte> field, out int year, out int month, out int day)
    {
        (year, month, day) = (0, 0, 0);
        return field.Length == 10 && field[4] == (byte)'-' && field[7] == (byte)'-'
            && TryDigits(field[..4], out year) && TryDigits(field.Slice(5, 2), out month) && TryDigits(field.Slice(8, 2), out day)
            && month is >= 1 and <= 12 && year >= 1 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            && SortKey(year, month, day) >= Earliest && SortKey(year, month, day) <= Latest;
    }

    /// <summary>A field as text for a message: at most 40 characters.</summary>
    public static string Shown(ReadOnlySpan<byte> field)
    {
        var text = System.Text.Encoding.UTF8.GetString(field);
        return text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
    }

    public static bool TryDecimal(ReadOnlySpan<byte> field, out decimal value)
    {
        value = 0;
        var digits = 0;
        var points = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var b = field[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
            else if (b == (byte)'.')
            {
                points++;
            }
            else if (b != (byte)'-' || i != 0)
            {
                return false;
            }
        }

        return digits is > 0 and <= MaxDigits && points <= 1 && field[^1] != (byte)'.'
            && Utf8Parser.TryParse(field, out value, out var consumed, 'F') && consumed == field.Length;
    }

    /// <summary>What a date field must look like, for messages.</summary>
    public static string DateRule => $"a date yyyy-MM-dd from {CivilTime.EarliestDate:uuuu-MM-dd} to {CivilTime.LatestDate:uuuu-MM-dd}";

    private static int SortKey(int year, int month, int day) => (year * 10_000) + (month * 100) + day;

    private static bool TryDigits(ReadOnlySpan<byte> span, out int value)
    {
        value = 0;
        foreach (var b in span)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
