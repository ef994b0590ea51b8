namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>A plan that divides by patronage needs each member's trading volume for the year.</summary>
public sealed class PatronageRequiredForPatronageSplitRule : DistributionRule
{
    private PatronageRequiredForPatronageSplitRule()
    {
    }

    /// <summary>The rule's stable id: <c>economy.patronage.missing</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.patronage.missing");

    /// <summary>The rule, as <see cref="DistributionRules"/> lists it.</summary>
    public static PatronageRequiredForPatronageSplitRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "trading volumes given for a patronage split";

    internal override void Check(DistributionCheck check, ICollection<RuleViolation> violations)
    {
        foreach (var party in check.Plan.Parties)
        {
            if (party.Basis == SplitBasis.Patronage && !check.Patronage.Values.Any(v => v > 0))
            {
                violations.Add(RuleViolation.Of(Id, $"Party '{party.Id}' divides by patronage, but no member's trading volume was given."));
            }
        }
    }
}
