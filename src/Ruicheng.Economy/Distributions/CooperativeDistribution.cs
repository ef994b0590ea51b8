using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions.Rules;

namespace Ruicheng.Economy.Distributions;

/// <summary>
/// Distributes a cooperative's net income for a year by its plan (收益分配): reserve → welfare → guaranteed floors →
/// reinvestment retention → ratio split → within each party. Every fen is on a line; payouts plus retained amounts
/// equal the income exactly, in a loss year too.
/// </summary>
public static class CooperativeDistribution
{
    private const FenRounding Rounding = FenRounding.TowardZero;

    /// <summary>Distributes a year's net income.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="income">The year's net income; zero or negative is a loss year, handled by the plan's loss rule.</param>
    /// <param name="register">The share register.</param>
    /// <param name="date">The distribution date; holdings on this date count.</param>
    /// <param name="patronage">Members' trading volume for the year (needed when a party divides by patronage).</param>
    /// <param name="reserveBalance">The reserve balance available in a loss year under <see cref="LossRule.FloorsFromReserves"/>.</param>
    /// <returns>
    /// The explained distribution, or the rules that stop it (share cap, missing patronage, unknown member, or an amount
    /// beyond <see cref="Money"/>'s range: <see cref="AmountsMustFitMoneyRule"/>; or less returned by patronage than
    /// the plan's minimum, on the actual figures: <see cref="PatronageReturnMinimumRule"/>).
    /// </returns>
    public static Result<Decision<DistributionResult>> Distribute(
        DistributionPlan plan, Money income, ShareRegister register, LocalDate date, IReadOnlyDictionary<MemberId, decimal> patronage, Money reserveBalance)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(patronage);
        var run = new Run(plan, register, date, patronage);
        try
        {
            var violations = Apply(DistributionRules.BeforeDividing, new DistributionCheck(plan, register, date, patronage, null));
            if (violations.Count > 0)
            {
                return Result<Decision<DistributionResult>>.Failure(violations);
            }

            if (income <= Money.Zero)
            {
                run.LossYear(income, reserveBalance);
            }
            else
            {
                run.ProfitYear(income);
            }
        }
        catch (OverflowException)
        {
            // Checked arithmetic is the test: an amount beyond Money or decimal stops the whole distribution.
            return Result<Decision<DistributionResult>>.Failure(AmountsMustFitMoneyRule.Overflowed());
        }

        var result = new DistributionResult(income, run.Lines.ToImmutable(), run.Issued.ToImmutable());
        var onTheFigures = Apply(DistributionRules.OnTheFigures, new DistributionCheck(plan, register, date, patronage, result));
        if (onTheFigures.Count > 0)
        {
            return Result<Decision<DistributionResult>>.Failure(onTheFigures);
        }

        return Result<Decision<DistributionResult>>.Success(Decision<DistributionResult>.Create(result, Explanation.Create(plan.Rulebook, run.Steps)));
    }

    /// <summary>Distributes with no patronage data and no reserve balance.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="income">The year's net income.</param>
    /// <param name="register">The share register.</param>
    /// <param name="date">The distribution date.</param>
    public static Result<Decision<DistributionResult>> Distribute(DistributionPlan plan, Money income, ShareRegister register, LocalDate date) =>
        Distribute(plan, income, register, date, ImmutableDictionary<MemberId, decimal>.Empty, Money.Zero);

    private static List<RuleViolation> Apply(ImmutableArray<DistributionRule> rules, DistributionCheck check)
    {
        var violations = new List<RuleViolation>();
        foreach (var rule in rules)
        {
            rule.Check(check, violations);
        }

        return violations;
    }

    /// <summary>Each member's units of the given classes on the date, by member id.</summary>
    internal static ImmutableArray<KeyValuePair<MemberId, decimal>> UnitsOf(ShareRegister register, IEnumerable<ShareClass> classes, LocalDate date) =>
        classes.SelectMany(c => register.UnitsOn(c, date))
            .GroupBy(p => p.Key)
            .Select(g => KeyValuePair.Create(g.Key, g.Sum(p => p.Value)))
            .OrderBy(p => p.Key)
            .ToImmutableArray();

    private sealed class Run(DistributionPlan plan, ShareRegister register, LocalDate date, IReadOnlyDictionary<MemberId, decimal> patronage)
    {
        public ImmutableArray<DistributionLine>.Builder Lines { get; } = ImmutableArray.CreateBuilder<DistributionLine>();

        public ImmutableArray<ShareHolding>.Builder Issued { get; } = ImmutableArray.CreateBuilder<ShareHolding>();

        public List<ExplanationStep> Steps { get; } = [];

        public void LossYear(Money income, Money reserveBalance)
        {
            var floorsPaid = Money.Zero;
            if (plan.LossRule == LossRule.FloorsFromReserves && reserveBalance > Money.Zero)
            {
                floorsPaid = PayFloors(reserveBalance, "economy.source.reserves");
            }

            // The floors are paid out of the reserve (a negative reserve line: drawn), and the year's own loss is
            // what is carried forward; the lines still sum to the income.
            Retain(DistributionTranche.Reserve, "reserve", -floorsPaid, "economy.why.reserve-draw", Figure.Of("balance", reserveBalance));
            Lines.Add(Line(DistributionTranche.CarriedForward, plan.RuleFor("loss"), "carried-forward", null, income, true,
                Why(plan.RuleFor("loss"), "economy.why.carried", Figure.Of("income", income), Figure.Of("floors", floorsPaid))));
            Steps.Add(EconomyMessages.Catalog.Step(plan.RuleFor("loss"), "economy.loss", [Figure.Of("lossRule", plan.LossRule)],
                Figure.Of("income", income), Figure.Of("reserveBalance", reserveBalance), Figure.Of("floorsPaid", floorsPaid), Figure.Of("carriedForward", income)));
        }

        public void ProfitYear(Money income)
        {
            var reserve = income.Multiply(plan.Reserve, Rounding);
            var welfare = income.Multiply(plan.Welfare, Rounding);
            Retain(DistributionTranche.Reserve, "reserve", reserve, "economy.why.rate-of", Figure.Of("rate", plan.Reserve), Figure.Of("income", income));
            Retain(DistributionTranche.Welfare, "welfare", welfare, "economy.why.rate-of", Figure.Of("rate", plan.Welfare), Figure.Of("income", income));
            var distributable = income - reserve - welfare;
            Steps.Add(EconomyMessages.Catalog.Step(plan.RuleFor("reserve"), "economy.reserve", [],
                Figure.Of("income", income), Figure.Of("reserveRate", plan.Reserve), Figure.Of("reserve", reserve), Figure.Of("welfareRate", plan.Welfare), Figure.Of("welfare", welfare)));

            var floors = PayFloors(distributable, "economy.source.income");
            var surplus = distributable - floors;
            var reinvested = Reinvest(surplus.Multiply(plan.Reinvestment, Rounding));
            var toSplit = surplus - reinvested;
            SplitBetweenParties(toSplit);
        }

        private static ExplanationStep Why(RuleId rule, string key, params Figure[] values) => EconomyMessages.Catalog.Step(rule, key, values);

        private static DistributionLine Line(DistributionTranche tranche, RuleId rule, string recipient, MemberId? member, Money amount, bool retained, ExplanationStep why) =>
            new(tranche, rule, recipient, member, amount, retained, why.Summary) { Reason = why };

        private void Retain(DistributionTranche tranche, string account, Money amount, string key, params Figure[] values)
        {
            if (!amount.IsZero)
            {
                Lines.Add(Line(tranche, plan.RuleFor(account), account, null, amount, true, Why(plan.RuleFor(account), key, values)));
            }
        }

        private Money PayFloors(Money available, string source)
        {
            var dues = new List<(FloorRule Rule, MemberId Member, decimal Units, Money Due)>();
            foreach (var floor in plan.Floors)
            {
                foreach (var (member, units) in register.UnitsOn(floor.Class, date))
                {
                    dues.Add((floor, member, units, floor.PerUnit.Multiply(units, Rounding)));
                }
            }

            var totalDue = Money.Sum(dues.Select(d => d.Due));
            var paid = totalDue <= available ? dues.Select(d => d.Due).ToArray() : Shortfall(dues.Select(d => (d.Rule, d.Member, d.Due)).ToList(), available);
            for (var i = 0; i < dues.Count; i++)
            {
                if (!paid[i].IsZero)
                {
                    var floorRule = plan.RuleFor("floor." + Kebab(dues[i].Rule.Class));
                    Lines.Add(Line(DistributionTranche.Floor, floorRule, dues[i].Member.Value, dues[i].Member, paid[i], false, Why(floorRule, "economy.why.floor",
                        Figure.Of("units", dues[i].Units), Figure.Of("class", dues[i].Rule.Class), Figure.Of("perUnit", dues[i].Rule.PerUnit), Figure.Of("description", dues[i].Rule.Description),
                        Figure.Of("due", dues[i].Due), Figure.Of("paid", paid[i]), Figure.Of("source", source))));
                }
            }

            var total = Money.Sum(paid);
            Steps.Add(EconomyMessages.Catalog.Step(plan.RuleFor("floor"),
                totalDue <= available ? "economy.floor.full" : "economy.floor.shortfall", [Figure.Of("policy", plan.Shortfall)],
                Figure.Of("available", available), Figure.Of("floorsDue", totalDue), Figure.Of("floorsPaid", total)));
            return total;
        }

        private Money[] Shortfall(List<(FloorRule Rule, MemberId Member, Money Due)> dues, Money available)
        {
            var paid = new Money[dues.Count];
            if (plan.Shortfall == ShortfallPolicy.ProRata)
            {
                AllocateInto(paid, Enumerable.Range(0, dues.Count).ToList(), dues, available);
                return paid;
            }

            var left = available;
            foreach (var floor in plan.Floors)
            {
                var indexes = Enumerable.Range(0, dues.Count).Where(i => dues[i].Rule == floor).ToList();
                var classDue = Money.Sum(indexes.Select(i => dues[i].Due));
                if (classDue <= left)
                {
                    indexes.ForEach(i => paid[i] = dues[i].Due);
                    left -= classDue;
                }
                else
                {
                    AllocateInto(paid, indexes, dues, left);
                    left = Money.Zero;
                }
            }

            return paid;
        }

        private static void AllocateInto(Money[] paid, List<int> indexes, List<(FloorRule Rule, MemberId Member, Money Due)> dues, Money amount)
        {
            if (indexes.Count == 0 || amount.IsZero || indexes.All(i => dues[i].Due.IsZero))
            {
                return;
            }

            // Keyed by (class, member) so that the order of the register does not decide who gets a leftover fen.
            var keys = indexes.Select(i => $"{(int)dues[i].Rule.Class}:{dues[i].Member}").ToArray();
            var shares = amount.Allocate<string>(keys, indexes.Select(i => dues[i].Due.Fen).ToArray(), RemainderPolicy.LargestRemainder, StringComparer.Ordinal);
            for (var k = 0; k < indexes.Count; k++)
            {
                paid[indexes[k]] = shares[k];
            }
        }

        private Money Reinvest(Money retention)
        {
            var holders = UnitsOf(register, plan.DividendClasses, date);
            if (retention.IsZero || holders.IsEmpty)
            {
                return Money.Zero;
            }

            var withheld = retention.Allocate<MemberId>(holders.Select(h => h.Key).ToArray(), holders.Select(h => h.Value).ToArray());
            for (var i = 0; i < holders.Length; i++)
            {
                if (withheld[i].IsZero)
                {
                    continue;
                }

                var newShares = withheld[i].Yuan / plan.ReinvestmentSharePrice.Yuan;
                Issued.Add(new ShareHolding(holders[i].Key, ShareClass.Reinvestment, newShares, date.PlusDays(1)));
                Lines.Add(Line(DistributionTranche.Reinvestment, plan.RuleFor("reinvestment"), holders[i].Key.Value, holders[i].Key, withheld[i], true, Why(plan.RuleFor("reinvestment"), "economy.why.reinvestment",
                    Figure.Of("units", holders[i].Value), Figure.Of("shares", newShares.ToString("0.####", CultureInfo.InvariantCulture)), Figure.Of("price", plan.ReinvestmentSharePrice))));
            }

            Steps.Add(EconomyMessages.Catalog.Step(plan.RuleFor("reinvestment"), "economy.reinvestment", [],
                Figure.Of("rate", plan.Reinvestment), Figure.Of("retained", retention), Figure.Of("sharePrice", plan.ReinvestmentSharePrice)));
            return retention;
        }

        private void SplitBetweenParties(Money amount)
        {
            var parts = amount.Allocate<string>(plan.Parties.Select(p => p.Id).ToArray(), plan.Split.Parts.AsSpan(), RemainderPolicy.LargestRemainder, StringComparer.Ordinal);
            Steps.Add(EconomyMessages.Catalog.Step(plan.RuleFor("split"), "economy.split", [Figure.Of("ratio", plan.Split), Figure.Of("parties", string.Join(" : ", plan.Parties.Select(p => p.Id)))],
                plan.Parties.Select((p, i) => Figure.Of(p.Id, parts[i])).Prepend(Figure.Of("surplus", amount)).ToArray()));
            for (var i = 0; i < plan.Parties.Length; i++)
            {
                WithinParty(plan.Parties[i], parts[i]);
            }
        }

        private void WithinParty(SplitParty party, Money amount)
        {
            var rule = plan.RuleFor("split." + party.Id);
            var weights = party.Basis switch
            {
                SplitBasis.Shares => UnitsOf(register, party.Classes, date),
                SplitBasis.Patronage => patronage.Where(p => p.Value > 0).OrderBy(p => p.Key).ToImmutableArray(),
                SplitBasis.Member => [KeyValuePair.Create(party.Member!.Value, 1m)],
                _ => [],
            };
            if (amount.IsZero)
            {
                return;
            }

            if (weights.IsEmpty)
            {
                Lines.Add(Line(DistributionTranche.Split, rule, party.Id, null, amount, true, party.Basis == SplitBasis.Retained
                    ? Why(rule, "economy.why.split.retained", Figure.Of("party", party.Id), Figure.Of("ratio", plan.Split))
                    : Why(rule, "economy.why.split.no-holders", Figure.Of("party", party.Id), Figure.Of("date", date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))));
                return;
            }

            var shares = amount.Allocate<MemberId>(weights.Select(w => w.Key).ToArray(), weights.Select(w => w.Value).ToArray());
            var total = weights.Sum(w => w.Value);
            for (var i = 0; i < weights.Length; i++)
            {
                if (!shares[i].IsZero)
                {
                    Lines.Add(Line(DistributionTranche.Split, rule, weights[i].Key.Value, weights[i].Key, shares[i], false, Why(rule, "economy.why.split.share",
                        Figure.Of("party", party.Id), Figure.Of("amount", amount), Figure.Of("weight", weights[i].Value), Figure.Of("total", total), Figure.Of("basis", party.Basis))));
                }
            }
        }

        private static string Kebab(ShareClass shareClass) => shareClass switch
        {
            ShareClass.GuaranteedFloor => "guaranteed-floor",
            _ => shareClass.ToString().ToLowerInvariant(),
        };
    }
}
