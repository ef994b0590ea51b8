namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>A party paid to a named member needs that member in the register.</summary>
public sealed class SplitMemberMustBeRegisteredRule : DistributionRule
{
    private SplitMemberMustBeRegisteredRule()
    {
    }

    /// <summary>The rule's stable id: <c>economy.split.member-unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.split.member-unknown");

    /// <summary>The rule, as <see cref="DistributionRules"/> lists it.</summary>
    public static SplitMemberMustBeRegisteredRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a named party member in the register";

    internal override void Check(DistributionCheck check, ICollection<RuleViolation> violations)
    {
        foreach (var party in check.Plan.Parties)
        {
            if (party.Basis == SplitBasis.Member && !check.Register.Members.Any(m => m.Id == party.Member))
            {
                violations.Add(RuleViolation.Of(Id, $"Party '{party.Id}' is paid to '{party.Member}', who is not in the register."));
            }
        }
    }
}
