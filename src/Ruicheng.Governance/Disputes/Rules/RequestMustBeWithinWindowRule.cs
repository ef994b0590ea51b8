namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>
/// After a tier's written opinion (recorded as <see cref="DisputeTrigger.RecordFailure"/>), a party may ask the next tier
/// only within the tier's request window (信访: review within 30 days of the handling opinion, re-review within 30 days
/// of the review opinion); a later request is refused with the window's end.
/// </summary>
public static class RequestMustBeWithinWindowRule
{
    /// <summary>The rule's stable id: <c>governance.request.window</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.request.window");
}
