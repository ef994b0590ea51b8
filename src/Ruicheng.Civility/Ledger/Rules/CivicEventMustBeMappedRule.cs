using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>A civic event is ingested only when the rulebook maps its kind to a points rule; otherwise it is rejected, never dropped.</summary>
public static class CivicEventMustBeMappedRule
{
    /// <summary>The rule's stable id: <c>ledger.civic-event.unmapped</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.civic-event.unmapped");

    /// <summary>
    /// When <paramref name="rulebook"/> maps the kind of <paramref name="civicEvent"/> to a points rule: that rule in
    /// <paramref name="rule"/> and null; else the violation at <c>[index]</c>.
    /// </summary>
    internal static RuleViolation? Check(CivilityRulebook rulebook, CivicEvent civicEvent, int index, out RuleId rule) =>
        rulebook.CivicEventRules.TryGetValue(civicEvent.Kind, out rule)
            ? null
            : RuleViolation.At(Id, $"[{index}]", $"Rulebook {rulebook.Header} maps no points rule to civic events of kind '{civicEvent.Kind}'.", civicEvent.Kind.Value);
}
