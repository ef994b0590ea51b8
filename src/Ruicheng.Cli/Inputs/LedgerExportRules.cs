using System.Globalization;
using System.Text;
using Ruicheng.Civility;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Scoring;
using Ruicheng.Cli.Infrastructure;

namespace Ruicheng.Cli.Inputs;

/// <summary>
/// The row rules of a ledger export, applied to a field's UTF-8 bytes without making strings for the rows that pass:
/// resident ids as <see cref="ResidentId"/> defines them, dates as <see cref="CsvFields.TryDate"/> reads them (as day
/// numbers), quantities as <see cref="CsvFields.TryDecimal"/> reads them, and the rule version in force on the date as
/// <see cref="CivilityScorer.RuleIndexOf"/> resolves it (cached per rule id, one cache per worker).
/// </summary>
internal sealed class LedgerExportRules(CivilityScorer[] scorers)
{
    private const int MaxWholeDigits = 9;

    private readonly Utf8KeyTable _ruleKeys = new();
    private readonly List<Version[][]?> _versions = [];

    /// <summary>Whether the bytes are a resident id: printable ASCII is checked here; anything else as text.</summary>
    public static bool IsResidentId(ReadOnlySpan<byte> field)
    {
        if (field.Length is 0)
        {
            return false;
        }

        if (field.Length <= 64 && field.IndexOfAnyExceptInRange((byte)0x21, (byte)0x7E) < 0)
        {
            return true;
        }

        return field.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 && ResidentId.TryFrom(Encoding.UTF8.GetString(field), out _);
    }

    /// <summary>The day number (<see cref="CivilityScorer.DayNumber"/>) of a date field, under <see cref="CsvFields.TryDate"/>'s rules.</summary>
    public static bool TryDay(ReadOnlySpan<byte> field, out int day)
    {
        var valid = CsvFields.TryDateParts(field, out var year, out var month, out var dayOfMonth);
        day = valid ? DaysFromEpoch(year, month, dayOfMonth) : 0;
        return valid;
    }

    /// <summary>
    /// A positive quantity: up to nine digits as a whole number (<paramref name="whole"/> above 0), anything else read
    /// by <see cref="CsvFields.TryDecimal"/> (<paramref name="whole"/> 0 and the value in <paramref name="amount"/>).
    /// </summary>
    public static bool TryQuantity(ReadOnlySpan<byte> field, out int whole, out decimal amount)
    {
        whole = 0;
        if (field.Length is > 0 and <= MaxWholeDigits && field.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)
        {
            foreach (var b in field)
            {
                whole = (whole * 10) + (b - '0');
            }

            amount = whole;
            return whole > 0;
        }

        return CsvFields.TryDecimal(field, out amount) && amount > 0;
    }

    /// <summary>The versions of a rule id under each scorer, or null when the field is not a rule id.</summary>
    public Version[][]? VersionsOf(ReadOnlySpan<byte> rule)
    {
        // A rule id has 1–64 characters, so at most 192 UTF-8 bytes: a longer field is no rule id, and is not cached.
        if (rule.IsEmpty || rule.Length > 192)
        {
            return null;
        }

        var key = _ruleKeys.IndexOf(rule);
        if (key == _versions.Count)
        {
            _versions.Add(Resolve(rule));
        }

        return _versions[key];
    }

    /// <summary>
    /// The rule index and points of a row under one scorer; false with <paramref name="reason"/> null when no version
    /// of the rule is in force on the day, or with the reason when the quantity does not fit the rule.
    /// </summary>
    public bool TryPoints(Version[][]? versions, int scorer, int day, int whole, decimal amount, out int ruleIndex, out int points, out string? reason)
    {
        (ruleIndex, points, reason) = (-1, 0, null);
        if (versions is null)
        {
            return false;
        }

        Version? found = null;
        foreach (var version in versions[scorer])
        {
            if (day >= version.From && day <= version.To)
            {
                found = version;
                break;
            }
        }

        if (found is null)
        {
            return false;
        }

        var rule = found.Rule;
        if (whole > 0)
        {
            var product = (long)whole * rule.Points;
            if (whole <= CivilityLimits.MaxPointsPerEntry + 1 && Math.Abs(product) <= CivilityLimits.MaxPointsPerEntry)
            {
                (ruleIndex, points) = (found.Index, (int)product);
                return true;
            }
        }

        if (rule.Unit == PointsUnit.Occurrence && decimal.Truncate(amount) != amount)
        {
            reason = $"quantity: rule {rule.Id} counts whole occurrences, not {amount}";
            return false;
        }

        if (!CivilityLimits.TryPointsFor(rule, amount, out var exact))
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"quantity: {amount} × {rule.Points} points is beyond the ±{CivilityLimits.MaxPointsPerEntry:N0} points one entry may carry");
            return false;
        }

        (ruleIndex, points) = (found.Index, (int)exact);
        return true;
    }

    /// <summary>Days from 1970-01-01 to a proleptic Gregorian date (the civil-from-days inverse).</summary>
    private static int DaysFromEpoch(int year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = year / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    private Version[][]? Resolve(ReadOnlySpan<byte> rule)
    {
        if (!RuleId.TryFrom(Encoding.UTF8.GetString(rule), out var id))
        {
            return null;
        }

        return scorers.Select(scorer =>
        {
            var versions = new List<Version>();
            for (var i = 0; i < scorer.RuleCount; i++)
            {
                var version = scorer.RuleAt(i);
                if (version.Id == id)
                {
                    versions.Add(new Version(
                        CivilityScorer.DayNumber(version.EffectiveFrom),
                        version.EffectiveTo is { } to ? CivilityScorer.DayNumber(to) : int.MaxValue,
                        i,
                        version));
                }
            }

            return versions.ToArray();
        }).ToArray();
    }

    /// <summary>One version of a rule: in force on day numbers <see cref="From"/>..<see cref="To"/>, both included.</summary>
    internal sealed record Version(int From, int To, int Index, PointsRule Rule);
}
