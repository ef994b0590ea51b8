namespace Ruicheng.Civility.Claims.Rules;

/// <summary>
/// A rule a claim command must satisfy (积分申报规则): it checks its own condition and writes its own violation.
/// <see cref="ClaimRules.For"/> lists, per command, the rules it applies in order.
/// </summary>
public abstract class ClaimRule
{
    private protected ClaimRule()
    {
    }

    /// <summary>The code of the violation it writes.</summary>
    public abstract RuleId Code { get; }

    /// <summary>What must hold, in words.</summary>
    public abstract string Summary { get; }

    /// <summary>The violation the command breaks, or null.</summary>
    internal abstract RuleViolation? Check(ClaimCheck check);

    /// <summary><c>code: summary</c>.</summary>
    public override string ToString() => $"{Code}: {Summary}";
}
