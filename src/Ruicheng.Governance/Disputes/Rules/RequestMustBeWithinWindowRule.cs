namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>
/// After a tier's written opinion (recorded as <see cref="DisputeTrigger.RecordFailure"/>), a party may ask the next tier
/// only within the tier's request window (信访: review within 30 days of the handling opinion, re-review within 30 days
/// of the review opinion); a later request is refused with the window's end.
/// </summary>
public sealed class RequestMustBeWithinWindowRule : DisputeCommandRule
{
    private RequestMustBeWithinWindowRule()
    {
    }

    /// <summary>The rule's stable id: <c>governance.request.window</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.request.window");

    /// <summary>The rule, as the workflow table lists it.</summary>
    public static RequestMustBeWithinWindowRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "asked within the tier's request window after its opinion";

    internal override void Check(DisputeCommand command, ICollection<RuleViolation> violations)
    {
        // The window matters only where there is a next tier to ask.
        var c = command.Case;
        if (command.Trigger == DisputeTrigger.Escalate && c.State == DisputeState.MediationFailed && c.NextTierIndex() >= 0 && c.Tier?.RequestNextWithin is { } window
            && c.Audit.LastOrDefault(a => a.Trigger is DisputeTrigger.RecordFailure or DisputeTrigger.DismissAppeal) is { } opinion
            && command.At >= c.Rulebook.Calendar.DeadlineAfter(opinion.At, window))
        {
            violations.Add(RuleViolation.Of(
                Id,
                $"The next tier after {c.Tier.Id} may be asked within {window} of its opinion of {CivilTime.LocalDateTimeOf(opinion.At):uuuu-MM-dd HH:mm}; that ended {CivilTime.LocalDateTimeOf(c.Rulebook.Calendar.DeadlineAfter(opinion.At, window)):uuuu-MM-dd HH:mm} (Asia/Shanghai).",
                Figure.Of("opinion", opinion.At), Figure.Of("window", window)));
        }
    }
}
