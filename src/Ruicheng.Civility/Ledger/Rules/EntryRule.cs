namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>
/// A rule a draft must satisfy to enter the ledger (入账规则): it checks its own condition and writes its own violation.
/// <see cref="EntryRules.For"/> lists, per entry kind, the rules ingestion applies in order; the first broken one is
/// the draft's rejection.
/// </summary>
public abstract class EntryRule
{
    private protected EntryRule()
    {
    }

    /// <summary>The code of the violation it writes.</summary>
    public abstract RuleId Code { get; }

    /// <summary>What must hold, in words.</summary>
    public abstract string Summary { get; }

    /// <summary>The violation the draft breaks, or null.</summary>
    internal abstract RuleViolation? Check(EntryCheck check);

    /// <summary><c>code: summary</c>.</summary>
    public override string ToString() => $"{Code}: {Summary}";
}
