using System.Globalization;

namespace Ruicheng.Governance.Posts.Rules;

/// <summary>
/// An incident report made under a post counts only when the register shows the reporter holding that post on the
/// civil date (Asia/Shanghai) of the report.
/// </summary>
public static class PostMustBeHeldRule
{
    /// <summary>The rule's stable id: <c>governance.incident.post-not-held</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.incident.post-not-held");

    /// <summary>The violation when <paramref name="term"/> (the reporter's term covering <paramref name="date"/>, null when none) is missing, else null.</summary>
    internal static RuleViolation? Check(IncidentReport report, NodaTime.LocalDate date, PostAssignment? term) =>
        term is null
            ? RuleViolation.Of(
                Id,
                $"{report.Reporter} does not hold post '{report.Post}' on {date:uuuu-MM-dd}; the report is not made under that post.",
                Figure.Of("reporter", report.Reporter), Figure.Of("post", report.Post), Figure.Of("date", date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))
            : null;
}
