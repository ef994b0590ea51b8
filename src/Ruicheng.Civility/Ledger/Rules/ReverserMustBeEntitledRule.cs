namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>Only a cadre or a council member may reverse an entry, and never one whose beneficiary is in their own household (回避).</summary>
public static class ReverserMustBeEntitledRule
{
    /// <summary>The rule's stable id: <c>ledger.reversal.actor</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.reversal.actor");
}
