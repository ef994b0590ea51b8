namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>
/// A rule a cooperative's distribution must satisfy (收益分配规则): it checks its own condition and writes its own
/// violations. <see cref="DistributionRules"/> lists the rules <see cref="CooperativeDistribution"/> applies before it
/// divides anything and those it applies to the figures it produced.
/// </summary>
public abstract class DistributionRule
{
    private protected DistributionRule()
    {
    }

    /// <summary>The code of the violations it writes.</summary>
    public abstract RuleId Code { get; }

    /// <summary>What must hold, in words.</summary>
    public abstract string Summary { get; }

    /// <summary>Adds a violation for everything in the distribution that breaks the rule.</summary>
    internal abstract void Check(DistributionCheck check, ICollection<RuleViolation> violations);

    /// <summary><c>code: summary</c>.</summary>
    public override string ToString() => $"{Code}: {Summary}";
}
