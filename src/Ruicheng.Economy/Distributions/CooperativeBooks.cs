using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions.Rules;

namespace Ruicheng.Economy.Distributions;

/// <summary>
/// A cooperative's books between years (合作社年度账簿): the share register, the reserve balance (公积金), the welfare
/// fund (公益金) and the loss carried forward, as of the end of the last year closed. Immutable: closing a year gives
/// new books, so a year closes once and the years close in order.
/// </summary>
/// <remarks>
/// <para>How <see cref="CloseYear"/> moves the books, for year Y with net income I, on 31 December of Y:</para>
/// <list type="number">
/// <item>Y must be the year after the last one closed (the first close must be <see cref="FirstYear"/>).</item>
/// <item>A profit (I &gt; 0) first makes good the loss carried forward: M = min(I, loss); the rest, I − M, is distributed
/// by the plan (<see cref="CooperativeDistribution"/>) with the reserve balance available; if nothing is left, no
/// distribution is made.</item>
/// <item>A loss (I ≤ 0) is distributed as a loss year: floors paid out of the reserve when the plan says so.</item>
/// <item>After: reserve' = reserve + the Reserve tranche (withheld in a profit year, negative when drawn for floors);
/// welfare' = welfare + the Welfare tranche; loss' = loss − M − the CarriedForward tranche (that tranche is the
/// year's loss, negative); the register gains the reinvestment shares issued, dated 1 January of Y + 1, so they earn
/// from the next year on.</item>
/// </list>
/// </remarks>
public sealed class CooperativeBooks
{
    private CooperativeBooks(int firstYear, int? lastClosedYear, ShareRegister register, Money reserve, Money welfare, Money loss)
    {
        FirstYear = firstYear;
        LastClosedYear = lastClosedYear;
        Register = register;
        ReserveBalance = reserve;
        WelfareFund = welfare;
        LossCarriedForward = loss;
    }

    /// <summary>The first year these books close.</summary>
    public int FirstYear { get; }

    /// <summary>The last year closed, or null before the first close.</summary>
    public int? LastClosedYear { get; }

    /// <summary>The next year to close: <see cref="LastClosedYear"/> + 1, or <see cref="FirstYear"/>.</summary>
    public int NextYear => LastClosedYear + 1 ?? FirstYear;

    /// <summary>The share register, with every reinvestment share issued so far.</summary>
    public ShareRegister Register { get; }

    /// <summary>The reserve balance (公积金), zero or more.</summary>
    public Money ReserveBalance { get; }

    /// <summary>The welfare fund (公益金), zero or more.</summary>
    public Money WelfareFund { get; }

    /// <summary>Losses carried forward and not yet made good, zero or more.</summary>
    public Money LossCarriedForward { get; }

    /// <summary>Opens books with their opening balances.</summary>
    /// <param name="register">The share register.</param>
    /// <param name="firstYear">The first year to close (1900–2199).</param>
    /// <param name="reserveBalance">The opening reserve, zero or more.</param>
    /// <param name="welfareFund">The opening welfare fund, zero or more.</param>
    /// <param name="lossCarriedForward">Losses brought in, zero or more.</param>
    /// <returns>The books, or every balance that is negative and a year outside the calendar.</returns>
    public static Result<CooperativeBooks> Open(ShareRegister register, int firstYear, Money reserveBalance, Money welfareFund, Money lossCarriedForward)
    {
        ArgumentNullException.ThrowIfNull(register);
        var violations = new List<RuleViolation>();
        if (YearMustFollowLastClosedRule.CheckFirstYear(firstYear) is { } outside)
        {
            violations.Add(outside);
        }

        foreach (var (name, amount) in new[] { ("reserveBalance", reserveBalance), ("welfareFund", welfareFund), ("lossCarriedForward", lossCarriedForward) })
        {
            if (AmountsMustFitMoneyRule.CheckOpeningBalance(name, amount) is { } negative)
            {
                violations.Add(negative);
            }
        }

        return violations.Count > 0
            ? Result<CooperativeBooks>.Failure(violations)
            : Result<CooperativeBooks>.Success(new CooperativeBooks(firstYear, null, register, reserveBalance, welfareFund, lossCarriedForward));
    }

    /// <summary>Closes the next year: see the remarks for every step.</summary>
    /// <param name="plan">The distribution plan.</param>
    /// <param name="year">The year to close; must be <see cref="NextYear"/>.</param>
    /// <param name="income">The year's net income (negative for a loss).</param>
    /// <param name="patronage">Members' trading volume for the year (for parties that divide by patronage).</param>
    /// <returns>The explained close with the books after it, or every rule that stops it.</returns>
    public Result<Decision<YearClose>> CloseYear(DistributionPlan plan, int year, Money income, IReadOnlyDictionary<MemberId, decimal> patronage)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(patronage);
        if (YearMustFollowLastClosedRule.CheckClose(year, NextYear, LastClosedYear) is { } outOfOrder)
        {
            return Result<Decision<YearClose>>.Failure(outOfOrder);
        }

        var date = new LocalDate(year, 12, 31);
        var steps = new List<ExplanationStep>
        {
            EconomyMessages.Catalog.Step(plan.RuleFor("books"), "economy.books.open", [Figure.Of("cooperative", Register.Cooperative)],
                Figure.Of("year", year), Figure.Of("reserveBalance", ReserveBalance), Figure.Of("welfareFund", WelfareFund), Figure.Of("lossCarriedForward", LossCarriedForward)),
        };

        var madeGood = income > Money.Zero ? Money.Min(income, LossCarriedForward) : Money.Zero;
        if (!madeGood.IsZero)
        {
            steps.Add(EconomyMessages.Catalog.Step(plan.RuleFor("books.loss"), "economy.books.loss", [],
                Figure.Of("income", income), Figure.Of("lossMadeGood", madeGood)));
        }

        var remaining = income - madeGood;
        DistributionResult? distribution = null;
        if (income <= Money.Zero || remaining > Money.Zero)
        {
            var distributed = CooperativeDistribution.Distribute(plan, remaining, Register, date, patronage, ReserveBalance);
            if (distributed.IsFailure)
            {
                return Result<Decision<YearClose>>.Failure(distributed.Violations);
            }

            distribution = distributed.Value.Value;
            steps.AddRange(distributed.Value.Explanation.Steps);
        }

        var reserve = ReserveBalance + (distribution?.TotalOf(DistributionTranche.Reserve) ?? Money.Zero);
        var welfare = WelfareFund + (distribution?.TotalOf(DistributionTranche.Welfare) ?? Money.Zero);
        var loss = LossCarriedForward - madeGood - (distribution?.TotalOf(DistributionTranche.CarriedForward) ?? Money.Zero);
        var register = distribution is null || distribution.IssuedShares.IsEmpty ? Register : Register.WithHoldings(distribution.IssuedShares).Value; // issued by the distribution: members of the register, positive units
        var after = new CooperativeBooks(FirstYear, year, register, reserve, welfare, loss);
        steps.Add(EconomyMessages.Catalog.Step(plan.RuleFor("books"), "economy.books.close", [Figure.Of("cooperative", Register.Cooperative), Figure.Of("year", year)],
            Figure.Of("reserveBalance", reserve), Figure.Of("welfareFund", welfare), Figure.Of("lossCarriedForward", loss),
            Figure.Of("sharesIssued", distribution?.IssuedShares.Length ?? 0)));
        var close = new YearClose(year, income, madeGood, distribution, this, after);
        return Result<Decision<YearClose>>.Success(Decision<YearClose>.Create(close, Explanation.Create(plan.Rulebook, steps)));
    }

    /// <summary>Closes several consecutive years in order, stopping at the first that cannot close.</summary>
    /// <param name="plan">The distribution plan.</param>
    /// <param name="years">(year, income, patronage) in the order to close.</param>
    /// <returns>Every close, or the violations of the first year that could not close (path <c>[i]</c> prefixed).</returns>
    public Result<ImmutableArray<Decision<YearClose>>> CloseYears(DistributionPlan plan, IEnumerable<(int Year, Money Income, IReadOnlyDictionary<MemberId, decimal> Patronage)> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var books = this;
        var closes = ImmutableArray.CreateBuilder<Decision<YearClose>>();
        var index = 0;
        foreach (var (year, income, patronage) in years)
        {
            var closed = books.CloseYear(plan, year, income, patronage);
            if (closed.IsFailure)
            {
                return Result<ImmutableArray<Decision<YearClose>>>.Failure(closed.Violations.Select(v => RuleViolation.At(v.Code, $"[{index}].{v.Path}".TrimEnd('.'), v.Message, v.AttemptedValue)));
            }

            closes.Add(closed.Value);
            books = closed.Value.Value.After;
            index++;
        }

        return Result<ImmutableArray<Decision<YearClose>>>.Success(closes.ToImmutable());
    }
}
