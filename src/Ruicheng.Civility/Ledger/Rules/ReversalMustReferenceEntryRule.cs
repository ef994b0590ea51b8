namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>A reversal cancels an existing, not yet reversed award, deduction or redemption of the same resident.</summary>
public static class ReversalMustReferenceEntryRule
{
    /// <summary>The rule's stable id: <c>ledger.reversal.target</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.reversal.target");
}
