using System.Collections.Immutable;

namespace Ruicheng.Civility.Covenant;

/// <summary>The outcome of checking a ceremony against the covenant: each breach with its figures, and the points rule that follows.</summary>
/// <param name="Violations">Each breach (e.g. 25 tables &gt; 20 allowed), naming the deduction rule it triggers in its figures.</param>
/// <param name="TriggeredRule">The deduction rule for a breach, the award rule for a registered simple ceremony, or null.</param>
public sealed record CovenantCheck(ImmutableArray<RuleViolation> Violations, RuleId? TriggeredRule)
{
    /// <summary>Whether the ceremony kept the covenant.</summary>
    public bool Complies => Violations.IsEmpty;
}
