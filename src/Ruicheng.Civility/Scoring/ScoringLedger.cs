using NodaTime;
using Ruicheng.Civility.Ledger;
using CapPeriod = Ruicheng.Civility.Points.CapPeriod;

namespace Ruicheng.Civility.Scoring;

/// <summary>
/// A columnar view of a ledger for county-scale batch scoring: per entry the resident index, the resolved rule
/// index (see <see cref="CivilityScorer.RuleIndexOf"/>), the day number and the points before caps, grouped by
/// resident (an offsets column) and, within each resident, in the canonical order of the Civility README: by day,
/// then rule index (which orders rule ids), then points ascending — whatever order the columns arrived in. Day, rule
/// and points are packed into one 64-bit word per entry whose numeric order is exactly that canonical order, so
/// grouping moves one value and scoring reads 8 bytes per entry. Built once; scored many times without allocating
/// per entry; immutable after construction, so it may be scored from several threads at once.
/// </summary>
/// <remarks>Limits of the packing: rule indexes below 4,096 and points per entry within ±524,287.</remarks>
public sealed class ScoringLedger
{
    internal const int MaxRuleIndex = 0xFFF;
    internal const int MaxPoints = (1 << 19) - 1;

    private ScoringLedger(int[] residentStart, long[] packed, int minDay, int dayRange, int[] periodKeys, int ruleIndexLimit)
    {
        RuleIndexLimit = ruleIndexLimit;
        ResidentStart = residentStart;
        Packed = packed;
        MinDay = minDay;
        DayRange = dayRange;
        PeriodKeys = periodKeys;
    }

    private volatile bool _returned;

    /// <summary>The builder that built it, if any (only that builder takes it back).</summary>
    internal ScoringLedgerBuilder? BuiltBy { get; set; }

    /// <summary>Whether it was handed back to its builder (<see cref="ScoringLedgerBuilder.Return"/>): its memory then belongs to the builder.</summary>
    internal bool IsReturned => _returned;

    /// <summary>The number of residents (resident indexes run from 0 to this, exclusive).</summary>
    public int ResidentCount => ResidentStart.Length - 1;

    /// <summary>The number of entries.</summary>
    public int EntryCount => Packed.Length;

    internal int[] ResidentStart { get; }

    /// <summary>One more than the highest rule index in the columns (0 when empty): a scorer needs at least this many rules.</summary>
    internal int RuleIndexLimit { get; }

    /// <summary>Per entry: day number in the high 32 bits, rule index in the next 12, signed points in the low 20.</summary>
    internal long[] Packed { get; }

    internal int MinDay { get; }

    /// <summary>The number of day numbers from <see cref="MinDay"/> the period keys cover.</summary>
    internal int DayRange { get; }

    /// <summary>
    /// The cap period key of every day from <see cref="MinDay"/>, for each <see cref="CapPeriod"/> in turn:
    /// <c>PeriodKeys[(int)period * DayRange + (day - MinDay)]</c>, so that the scoring loop finds a bucket with one load.
    /// </summary>
    internal int[] PeriodKeys { get; }

    /// <summary>
    /// Builds the view from columns already grouped by resident (ascending index), as a database query ordered by
    /// resident returns them; within a resident the entries may come in any order (a resident whose entries are not
    /// already in canonical order is sorted on its own).
    /// </summary>
    /// <param name="residentCount">How many residents.</param>
    /// <param name="residentIndex">Per entry, the resident index.</param>
    /// <param name="ruleIndex">Per entry, the rule index.</param>
    /// <param name="day">Per entry, the day number.</param>
    /// <param name="points">Per entry, the points before caps.</param>
    /// <exception cref="ArgumentException">Columns differ in length, an index or figure is out of range, or the residents are not in ascending order.</exception>
    public static ScoringLedger FromGrouped(int residentCount, ReadOnlySpan<int> residentIndex, ReadOnlySpan<int> ruleIndex, ReadOnlySpan<int> day, ReadOnlySpan<int> points)
    {
        CheckColumns(residentCount, residentIndex, ruleIndex, day, points);
        var start = CountPerResident(residentCount, residentIndex);
        for (var i = 1; i < residentIndex.Length; i++)
        {
            if (residentIndex[i] < residentIndex[i - 1])
            {
                throw new ArgumentException($"Entry {i} is out of resident order; use FromUnsorted.", nameof(residentIndex));
            }
        }

        var packed = new long[residentIndex.Length];
        List<int>? unordered = null;
        for (var i = 0; i < packed.Length; i++)
        {
            packed[i] = Pack(day[i], ruleIndex[i], points[i]);
            if (i > 0 && residentIndex[i] == residentIndex[i - 1] && packed[i] < packed[i - 1])
            {
                (unordered ??= []).Add(residentIndex[i]);
            }
        }

        SortResidents(start, packed, unordered);
        return Create(start, packed);
    }

    /// <summary>
    /// Builds the view from columns in arrival order (a time-ordered ledger export): a stable counting sort on the
    /// resident index groups the entries by resident in linear time, keeping each resident's entries in arrival order;
    /// a resident whose entries did not arrive in canonical order is then sorted on its own, so the result never depends
    /// on the arrival order. On one thread, with scratch of its own; <see cref="ScoringLedgerBuilder"/> does the same
    /// across cores and keeps its scratch between builds.
    /// </summary>
    /// <param name="residentCount">How many residents.</param>
    /// <param name="residentIndex">Per entry, the resident index.</param>
    /// <param name="ruleIndex">Per entry, the rule index.</param>
    /// <param name="day">Per entry, the day number.</param>
    /// <param name="points">Per entry, the points before caps.</param>
    /// <exception cref="ArgumentException">Columns differ in length or an index is out of range.</exception>
    public static ScoringLedger FromUnsorted(int residentCount, ReadOnlySpan<int> residentIndex, ReadOnlySpan<int> ruleIndex, ReadOnlySpan<int> day, ReadOnlySpan<int> points)
    {
        var ledger = new ScoringLedgerBuilder(1).FromUnsorted(residentCount, residentIndex, ruleIndex, day, points);

        // A ledger from this factory belongs to no builder: nothing can take it back.
        ledger.BuiltBy = null;
        return ledger;
    }

    /// <summary>
    /// Builds the view from a ledger: awards and deductions that are not reversed, rules resolved once under the
    /// scorer's rulebook; an entry whose rule has no version in force on its date under that rulebook is left out.
    /// Residents are indexed in the order given; entries of other residents are left out.
    /// </summary>
    /// <param name="scorer">The scorer whose rule indexes the columns use.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="residents">The residents, by index.</param>
    public static ScoringLedger FromLedger(CivilityScorer scorer, PointsLedger ledger, IReadOnlyList<ResidentId> residents) =>
        FromLedger(scorer, ledger, residents, LocalDate.MaxIsoValue, out _);

    /// <summary>As the public form, also counting the entries dated on or before <paramref name="asOf"/> left out for having no rule in force.</summary>
    internal static ScoringLedger FromLedger(CivilityScorer scorer, PointsLedger ledger, IReadOnlyList<ResidentId> residents, LocalDate asOf, out int withoutRule)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(residents);
        var index = new Dictionary<ResidentId, int>();
        for (var i = 0; i < residents.Count; i++)
        {
            index.Add(residents[i], i);
        }

        var residentColumn = new List<int>();
        var ruleColumn = new List<int>();
        var dayColumn = new List<int>();
        var pointsColumn = new List<int>();
        var state = ledger.State;
        withoutRule = 0;
        foreach (var entry in state.Entries)
        {
            if (entry.Kind is EntryKind.Award or EntryKind.Deduction && !state.IsReversed(entry.Id) && index.TryGetValue(entry.Resident, out var resident))
            {
                var rule = scorer.RuleIndexOf(entry.Rule!.Value, entry.OccurredOn);
                if (rule < 0)
                {
                    withoutRule += entry.OccurredOn <= asOf ? 1 : 0;
                    continue;
                }

                residentColumn.Add(resident);
                ruleColumn.Add(rule);
                dayColumn.Add(CivilityScorer.DayNumber(entry.OccurredOn));
                pointsColumn.Add(checked((int)entry.Points));
            }
        }

        return FromUnsorted(residents.Count, residentColumn.ToArray(), ruleColumn.ToArray(), dayColumn.ToArray(), pointsColumn.ToArray());
    }

    /// <summary>Sorts each listed resident's packed words: equal words are equal entries, so stability does not matter.</summary>
    private static void SortResidents(int[] start, long[] packed, List<int>? unordered)
    {
        foreach (var resident in unordered?.Distinct() ?? [])
        {
            packed.AsSpan(start[resident], start[resident + 1] - start[resident]).Sort();
        }
    }

    private static void CheckColumns(int residentCount, ReadOnlySpan<int> residentIndex, ReadOnlySpan<int> ruleIndex, ReadOnlySpan<int> day, ReadOnlySpan<int> points)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(residentCount);
        if (ruleIndex.Length != residentIndex.Length || day.Length != residentIndex.Length || points.Length != residentIndex.Length)
        {
            throw new ArgumentException("The columns must have the same length.", nameof(residentIndex));
        }
    }

    private static int[] CountPerResident(int residentCount, ReadOnlySpan<int> residentIndex)
    {
        var start = new int[residentCount + 1];
        foreach (var resident in residentIndex)
        {
            if (resident < 0 || resident >= residentCount)
            {
                throw new ArgumentException($"Resident index {resident} is outside 0..{residentCount - 1}.", nameof(residentIndex));
            }

            start[resident + 1]++;
        }

        for (var r = 0; r < residentCount; r++)
        {
            start[r + 1] += start[r];
        }

        return start;
    }

    internal static long Pack(int day, int rule, int points)
    {
        // Validated here, in the pass that packs, rather than in passes of their own.
        if (rule is < 0 or > MaxRuleIndex)
        {
            throw new ArgumentException($"Rule index {rule} is not a resolved rule (0..{MaxRuleIndex}).", "ruleIndex");
        }

        if (points is < -MaxPoints or > MaxPoints)
        {
            throw new ArgumentException($"Points {points} per entry are outside ±{MaxPoints}.", nameof(points));
        }

        return ((long)day << 32) | ((long)rule << 20) | (uint)(points & 0xFFFFF);
    }

    /// <summary>The day number of a packed entry.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int DayOf(long packed) => (int)(packed >> 32);

    /// <summary>The rule index of a packed entry.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int RuleOf(long packed) => unchecked((int)((uint)packed >> 20));

    /// <summary>The signed points of a packed entry: the low 20 bits shifted to the top of an int and back to sign-extend.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int PointsOf(long packed) => unchecked((int)((uint)packed << 12) >> 12);

    /// <summary>Marks the ledger as handed back to its builder; every later read of it throws.</summary>
    internal void MarkReturned() => _returned = true;

    /// <summary>Throws when the ledger was handed back to its builder.</summary>
    /// <exception cref="ObjectDisposedException">It was.</exception>
    internal void ThrowIfReturned() =>
        ObjectDisposedException.ThrowIf(_returned, this);

    /// <summary>The ledger over grouped, canonically ordered words whose day range and rule limit are already known.</summary>
    internal static ScoringLedger Create(int[] start, long[] packed, int minDay, int maxDay, int ruleLimit)
    {
        var range = maxDay - minDay + 1;
        var keys = new int[4 * range];
        var date = CivilityScorer.DateOf(minDay);
        for (var i = 0; i < range; i++, date = date.PlusDays(1))
        {
            var month = (date.Year * 12) + date.Month - 1;
            keys[((int)CapPeriod.Day * range) + i] = minDay + i;
            keys[((int)CapPeriod.Month * range) + i] = month;
            keys[((int)CapPeriod.Quarter * range) + i] = month / 3;
            keys[((int)CapPeriod.Year * range) + i] = month / 12;
        }

        return new ScoringLedger(start, packed, minDay, range, keys, ruleLimit);
    }

    private static ScoringLedger Create(int[] start, long[] packed)
    {
        int minDay = int.MaxValue, maxDay = int.MinValue, ruleLimit = 0;
        foreach (var value in packed)
        {
            var d = DayOf(value);
            minDay = Math.Min(minDay, d);
            maxDay = Math.Max(maxDay, d);
            ruleLimit = Math.Max(ruleLimit, RuleOf(value) + 1);
        }

        if (packed.Length == 0)
        {
            (minDay, maxDay) = (0, 0);
        }

        return Create(start, packed, minDay, maxDay, ruleLimit);
    }
}
