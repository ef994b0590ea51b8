using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Ruicheng.Economy.Land;

/// <summary>
/// A land transfer contract (土地流转合同): a village's land leased to an operator for a term, at an annual rent per
/// mu with an escalation clause. The rent schedule is per calendar year; a partial first or last year is prorated
/// by days (days under contract ÷ days in that year), and the escalation step is counted in whole contract years
/// from the start date.
/// </summary>
public sealed class LandTransferContract
{
    private LandTransferContract(string id, UnitId village, string transferee, Mu area, Money rentPerMu, RentEscalation escalation, LocalDate start, LocalDate end)
    {
        Id = id;
        Village = village;
        Transferee = transferee;
        Area = area;
        RentPerMu = rentPerMu;
        Escalation = escalation;
        Start = start;
        End = end;
    }

    /// <summary>The contract's id.</summary>
    public string Id { get; }

    /// <summary>The village whose land is transferred (流出方).</summary>
    public UnitId Village { get; }

    /// <summary>Who takes the land (流入方), e.g. a cooperative.</summary>
    public string Transferee { get; }

    /// <summary>The area.</summary>
    public Mu Area { get; }

    /// <summary>The first year's annual rent per mu.</summary>
    public Money RentPerMu { get; }

    /// <summary>The escalation clause.</summary>
    public RentEscalation Escalation { get; }

    /// <summary>The first day of the term.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the term (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Creates a contract.</summary>
    /// <param name="id">The contract's id.</param>
    /// <param name="village">The village.</param>
    /// <param name="transferee">The operator.</param>
    /// <param name="area">A positive area.</param>
    /// <param name="rentPerMu">A non-negative first-year rent per mu.</param>
    /// <param name="escalation">The escalation clause.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; on or after the start.</param>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static LandTransferContract Create(string id, UnitId village, string transferee, Mu area, Money rentPerMu, RentEscalation escalation, LocalDate start, LocalDate end)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(transferee);
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentOutOfRangeException.ThrowIfLessThan(escalation.EveryYears, 1, nameof(escalation));
        if (area <= Mu.AdditiveIdentity)
        {
            throw new ArgumentOutOfRangeException(nameof(area), area, "A contract covers a positive area.");
        }

        if (rentPerMu.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(rentPerMu), rentPerMu, "Rent is not negative.");
        }

        if (end < start)
        {
            throw new ArgumentException($"The term ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).", nameof(end));
        }

        return new LandTransferContract(id, village, transferee, area, rentPerMu, escalation, start, end);
    }

    /// <summary>The annual rent for the whole area in a contract year (1-based), escalation applied, exact.</summary>
    /// <param name="contractYear">The contract year, 1 for the first.</param>
    public decimal AnnualRentInYuan(int contractYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(contractYear, 1);
        var steps = (contractYear - 1) / Escalation.EveryYears;
        var factor = 1m;
        for (var i = 0; i < steps; i++)
        {
            factor *= 1m + Escalation.Rise.Fraction;
        }

        return RentPerMu.Yuan * Area.Value * factor;
    }

    /// <summary>The rent schedule, one line per calendar year of the term, each rounded half away from zero to the fen.</summary>
    public ImmutableArray<RentLine> Schedule()
    {
        var lines = ImmutableArray.CreateBuilder<RentLine>();
        for (var year = Start.Year; year <= End.Year; year++)
        {
            var first = LocalDate.Max(Start, new LocalDate(year, 1, 1));
            var last = LocalDate.Min(End, new LocalDate(year, 12, 31));
            var daysInYear = CalendarSystem.Iso.GetDaysInYear(year);
            var exact = 0m;
            var parts = new List<string>();
            // Split the year at contract anniversaries, where the escalation step may change.
            for (var segmentStart = first; segmentStart <= last;)
            {
                var contractYear = ContractYearOf(segmentStart);
                var nextAnniversary = Start.PlusYears(contractYear);
                var segmentEnd = LocalDate.Min(last, nextAnniversary.PlusDays(-1));
                var days = Period.DaysBetween(segmentStart, segmentEnd) + 1;
                var annual = AnnualRentInYuan(contractYear);
                exact += annual * days / daysInYear;
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"contract year {contractYear}: {annual:0.##} × {days}/{daysInYear}"));
                segmentStart = segmentEnd.PlusDays(1);
            }

            lines.Add(new RentLine(year, new DateInterval(first, last), Money.FromYuan(exact, FenRounding.HalfAwayFromZero), string.Join("; ", parts)));
        }

        return lines.ToImmutable();
    }

    private int ContractYearOf(LocalDate date)
    {
        var years = Period.Between(Start, date, PeriodUnits.Years).Years;
        return years + 1;
    }
}
