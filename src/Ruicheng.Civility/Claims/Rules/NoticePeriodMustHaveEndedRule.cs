namespace Ruicheng.Civility.Claims.Rules;

/// <summary>A published claim is confirmed only after its notice period (公示) ends without objection.</summary>
public static class NoticePeriodMustHaveEndedRule
{
    /// <summary>The rule's stable id: <c>claim.notice.not-ended</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.notice.not-ended");
}
