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
    /// <summary>The rule a rent schedule line follows (pro rata by contract year); explanations only, never a violation.</summary>
    private static readonly RuleId RentRule = RuleId.From("economy.rent.schedule");

    private LandTransferContract(string id, UnitId village, string transferee, Mu area, Money rentPerMu, RentEscalation escalation, LocalDate start, LocalDate end, string land)
    {
        Id = id;
        Land = land;
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

    /// <summary>The land transferred (an id of the parcels); two contracts for the same land may not overlap in time (<see cref="RentRoll"/>).</summary>
    public string Land { get; }

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
    /// <param name="land">The land's id; null for land known only by this contract (its id).</param>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static LandTransferContract Create(string id, UnitId village, string transferee, Mu area, Money rentPerMu, RentEscalation escalation, LocalDate start, LocalDate end, string? land = null)
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

        if (!CivilTime.IsSupported(start) || !CivilTime.IsSupported(end))
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"A term lies within {CivilTime.EarliestDate:uuuu-MM-dd}..{CivilTime.LatestDate:uuuu-MM-dd}.");
        }

        return new LandTransferContract(id, village, transferee, area, rentPerMu, escalation, start, end, land ?? id);
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
            var values = new List<Figure>();
            // Split the year at contract anniversaries, where the escalation step may change.
            for (var segmentStart = first; segmentStart <= last;)
            {
                var contractYear = ContractYearOf(segmentStart);
                var nextAnniversary = Start.PlusYears(contractYear);
                var segmentEnd = LocalDate.Min(last, nextAnniversary.PlusDays(-1));
                var days = Period.DaysBetween(segmentStart, segmentEnd) + 1;
                var annual = AnnualRentInYuan(contractYear);
                exact += annual * days / daysInYear;
                var scope = (parts.Count + 1).ToString(CultureInfo.InvariantCulture);
                parts.Add("economy.why.rent.segment@" + scope);
                values.Add(Figure.Of(scope + ":year", contractYear));
                values.Add(Figure.Of(scope + ":annual", annual.ToString("0.##", CultureInfo.InvariantCulture)));
                values.Add(Figure.Of(scope + ":days", days));
                values.Add(Figure.Of(scope + ":daysInYear", daysInYear));
                segmentStart = segmentEnd.PlusDays(1);
            }

            var why = EconomyMessages.Catalog.Step(RentRule, string.Join(';', parts), values);
            lines.Add(new RentLine(year, new DateInterval(first, last), Money.FromYuan(exact, FenRounding.HalfAwayFromZero), why.Summary) { Reason = why });
        }

        return lines.ToImmutable();
    }

    /// <summary>
    /// The rent payments over the term in the contract's payment period. <see cref="RentPaymentPeriod.CalendarYear"/>
    /// gives exactly <see cref="Schedule"/>. Per contract year, period k runs from the k-th anniversary of the start to the
    /// day before the next (the last one ends with the term and is prorated by its days over the days of a full contract
    /// year); it is due on its last day, or on its first day when paid <see cref="RentPaymentPeriod.InAdvance"/>.
    /// </summary>
    /// <param name="period">How the contract says rent is paid.</param>
    public ImmutableArray<RentPayment> Payments(RentPaymentPeriod period)
    {
        if (period == RentPaymentPeriod.CalendarYear)
        {
            return [.. Schedule().Select(l => new RentPayment(l.Days, l.Days.End, l.Rent, l.Why) { Reason = l.Reason })];
        }

        var payments = ImmutableArray.CreateBuilder<RentPayment>();
        for (var contractYear = 1; Start.PlusYears(contractYear - 1) <= End; contractYear++)
        {
            var first = Start.PlusYears(contractYear - 1);
            var fullEnd = Start.PlusYears(contractYear).PlusDays(-1);
            var last = LocalDate.Min(End, fullEnd);
            var days = Period.DaysBetween(first, last) + 1;
            var fullDays = Period.DaysBetween(first, fullEnd) + 1;
            var annual = AnnualRentInYuan(contractYear);
            var rent = Money.FromYuan(annual * days / fullDays, FenRounding.HalfAwayFromZero);
            var why = string.Create(CultureInfo.InvariantCulture, $"contract year {contractYear}: {annual:0.##} × {days}/{fullDays}");
            payments.Add(new RentPayment(new DateInterval(first, last), period == RentPaymentPeriod.InAdvance ? first : last, rent, why));
        }

        return payments.ToImmutable();
    }

    /// <summary>
    /// Splits one rent payment between the households whose land was pooled into the contract, by mu
    /// (<see cref="Money.Allocate{TKey}(ReadOnlySpan{TKey}, ReadOnlySpan{decimal}, RemainderPolicy, IComparer{TKey}?)"/>:
    /// largest remainder, ties to the larger area then the smaller household id), exact to the fen.
    /// </summary>
    /// <param name="payment">A payment of this contract.</param>
    /// <param name="pooled">Each household's pooled area; the areas sum to <see cref="Area"/>, one entry per household.</param>
    /// <returns>One part per household in input order, summing to the payment; or every violation (<c>economy.rent.pooled-land</c>).</returns>
    public Result<Decision<ImmutableArray<HouseholdRent>>> ToHouseholds(RentPayment payment, IReadOnlyList<KeyValuePair<HouseholdId, Mu>> pooled)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(pooled);
        var violations = new List<RuleViolation>();
        var total = 0m;
        var seen = new HashSet<HouseholdId>();
        for (var i = 0; i < pooled.Count; i++)
        {
            if (pooled[i].Value.Value <= 0m)
            {
                violations.Add(RuleViolation.At(PooledLandRule, $"[{i}]", $"Household {pooled[i].Key} pools {pooled[i].Value}; a pooled area is positive."));
            }

            if (!seen.Add(pooled[i].Key))
            {
                violations.Add(RuleViolation.At(PooledLandRule, $"[{i}]", $"Household {pooled[i].Key} appears twice; give its whole area once."));
            }

            total += pooled[i].Value.Value;
        }

        if (violations.Count == 0 && total != Area.Value)
        {
            violations.Add(RuleViolation.At(PooledLandRule, string.Empty, string.Create(CultureInfo.InvariantCulture, $"The households pool {total} mu; contract {Id} covers {Area.Value} mu.")));
        }

        if (violations.Count > 0)
        {
            return Result<Decision<ImmutableArray<HouseholdRent>>>.Failure(violations);
        }

        var parts = payment.Rent.Allocate<HouseholdId>([.. pooled.Select(p => p.Key)], [.. pooled.Select(p => p.Value.Value)], RemainderPolicy.LargestRemainder, null);
        var shares = pooled.Select((p, i) => new HouseholdRent(p.Key, p.Value, parts[i])).ToImmutableArray();
        var explanation = Explanation.Create(null, [EconomyMessages.Catalog.Step(PooledLandRule, "economy.rent.pooled",
            [Figure.Of("from", payment.Days.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)), Figure.Of("to", payment.Days.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)), Figure.Of("contract", Id), Figure.Of("area", Area)],
            Figure.Of("rent", payment.Rent), Figure.Of("area", Area.Value), Figure.Of("households", pooled.Count))]);
        return Result<Decision<ImmutableArray<HouseholdRent>>>.Success(Decision<ImmutableArray<HouseholdRent>>.Create(shares, explanation));
    }

    /// <summary>The rule for rent to households: the pooled areas are positive, one per household, and sum to the contract's area (<c>economy.rent.pooled-land</c>).</summary>
    public static RuleId PooledLandRule { get; } = RuleId.From("economy.rent.pooled-land");

    private int ContractYearOf(LocalDate date)
    {
        var years = Period.Between(Start, date, PeriodUnits.Years).Years;
        return years + 1;
    }
}
