namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>No member holds more than the plan's cap of the dividend classes' units (practice: 20%).</summary>
public sealed class MemberMustNotExceedShareCapRule : DistributionRule
{
    private MemberMustNotExceedShareCapRule()
    {
    }

    /// <summary>The rule's stable id: <c>economy.member.share-cap</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.member.share-cap");

    /// <summary>The rule, as <see cref="DistributionRules"/> lists it.</summary>
    public static MemberMustNotExceedShareCapRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "no member above the plan's share cap";

    internal override void Check(DistributionCheck check, ICollection<RuleViolation> violations)
    {
        var units = check.DividendUnits;
        var total = units.Sum(u => u.Value);
        foreach (var (member, held) in units)
        {
            if (total > 0 && held / total > check.Plan.MaxMemberShare.Fraction)
            {
                violations.Add(RuleViolation.Of(
                    Id,
                    $"{member} holds {held / total:P2} of the dividend shares; the plan caps a member at {check.Plan.MaxMemberShare}.",
                    Figure.Of("member", member),
                    Figure.Of("held", held),
                    Figure.Of("total", total),
                    Figure.Of("cap", check.Plan.MaxMemberShare)));
            }
        }
    }
}
