namespace Ruicheng.Governance.Posts.Rules;

/// <summary>
/// An incident report made under a post counts only when the register shows the reporter holding that post on the
/// civil date (Asia/Shanghai) of the report.
/// </summary>
public static class PostMustBeHeldRule
{
    /// <summary>The rule's stable id: <c>governance.incident.post-not-held</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.incident.post-not-held");
}
