namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>A civic event is ingested only when the rulebook maps its kind to a points rule; otherwise it is rejected, never dropped.</summary>
public static class CivicEventMustBeMappedRule
{
    /// <summary>The rule's stable id: <c>ledger.civic-event.unmapped</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.civic-event.unmapped");
}
