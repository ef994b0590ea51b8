using System.Globalization;

namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>A farmers' professional cooperative returns at least 60% of distributable surplus by patronage.</summary>
public sealed class PatronageReturnMinimumRule : DistributionRule
{
    private PatronageReturnMinimumRule()
    {
    }

    /// <summary>The rule's stable id: <c>economy.plan.patronage-minimum</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.plan.patronage-minimum");

    /// <summary>The rule, as <see cref="DistributionRules"/> lists it.</summary>
    public static PatronageReturnMinimumRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "at least the plan's minimum returned by patronage, on the figures";

    internal override void Check(DistributionCheck check, ICollection<RuleViolation> violations)
    {
        // Checked on the figures, not only on the plan's ratio: of the distributable surplus (income less reserve and
        // welfare), the amount actually paid to members by patronage must be at least the plan's minimum.
        var (plan, result) = (check.Plan, check.Result);
        if (result is null || plan.MinPatronageReturn == Rate.Zero || result.Income <= Money.Zero)
        {
            return;
        }

        var distributable = result.Income - result.TotalOf(DistributionTranche.Reserve) - result.TotalOf(DistributionTranche.Welfare);
        var byPatronage = Money.Sum(result.Lines.Where(l => !l.Retained && plan.Parties.Any(p => p.Basis == SplitBasis.Patronage && l.Rule == plan.RuleFor("split." + p.Id))).Select(l => l.Amount));
        if (distributable <= Money.Zero || byPatronage.Yuan >= distributable.Yuan * plan.MinPatronageReturn.Fraction)
        {
            return;
        }

        violations.Add(RuleViolation.Of(
            Id,
            string.Create(CultureInfo.InvariantCulture, $"Only {byPatronage} of the distributable surplus {distributable} ({byPatronage.Yuan / distributable.Yuan:P1}) would be returned by patronage; the plan requires at least {plan.MinPatronageReturn}."),
            Figure.Of("distributable", distributable), Figure.Of("byPatronage", byPatronage), Figure.Of("minimum", plan.MinPatronageReturn)));
    }
}
