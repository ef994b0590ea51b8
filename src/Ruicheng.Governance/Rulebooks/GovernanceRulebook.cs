using System.Collections.Immutable;
using Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Posts;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Governance.Rulebooks;

/// <summary>
/// The Governance rulebook (治理规则): the governance posts, issue categories, the working-day calendar, the
/// escalation ladders and the dispute case types, with the header that says who adopted it and when it is in force.
/// Loaded and validated by <see cref="GovernanceRulebookFile"/>; every figure here is data, not code.
/// </summary>
public sealed class GovernanceRulebook : Ruicheng.Primitives.Rulebooks.IRulebook
{
    internal GovernanceRulebook(
        RulebookHeader header,
        ImmutableArray<GovernancePost> posts,
        ImmutableArray<IssueCategoryDefinition> issueCategories,
        WorkingDayCalendar calendar,
        ImmutableArray<EscalationLadder> ladders,
        ImmutableArray<DisputeCaseType> caseTypes,
        TimeLimit courtConfirmationWindow)
    {
        Header = header;
        Posts = posts;
        IssueCategories = issueCategories;
        Calendar = calendar;
        Ladders = ladders;
        CaseTypes = caseTypes;
        CourtConfirmationWindow = courtConfirmationWindow;
    }

    /// <summary>Id, version, dates in force, jurisdiction.</summary>
    public RulebookHeader Header { get; }

    /// <summary>The governance posts new-employment groups may claim.</summary>
    public ImmutableArray<GovernancePost> Posts { get; }

    /// <summary>The issue categories used in patrols and incident reports.</summary>
    public ImmutableArray<IssueCategoryDefinition> IssueCategories { get; }

    /// <summary>The working-day calendar for time limits.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The escalation ladders.</summary>
    public ImmutableArray<EscalationLadder> Ladders { get; }

    /// <summary>The dispute case types.</summary>
    public ImmutableArray<DisputeCaseType> CaseTypes { get; }

    /// <summary>Within how long the parties may apply for court confirmation of a mediation agreement (司法确认, 30 days).</summary>
    public TimeLimit CourtConfirmationWindow { get; }

    /// <summary>
    /// This rulebook with more calendar years merged in (a county adds a year as data, from its official notice): the
    /// same header, posts, ladders and case types, and a calendar that also covers each given year
    /// (<see cref="WorkingDayCalendar.WithYear"/>). Days already covered never change, so a deadline computed before
    /// the merge is computed the same after it. Every year already covered, or given twice, is reported
    /// (<see cref="CalendarYearMustBeNewRule"/>, path <c>[i].year</c> by the year's position); nothing is merged then.
    /// </summary>
    /// <param name="years">The years to add, in order.</param>
    /// <returns>The rulebook with the merged calendar, or every violation.</returns>
    public Result<GovernanceRulebook> WithCalendarYears(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var calendar = Calendar;
        var violations = new List<RuleViolation>();
        var position = 0;
        foreach (var year in years)
        {
            ArgumentNullException.ThrowIfNull(year, nameof(years));
            var merged = calendar.WithYear(year);
            if (merged.IsSuccess)
            {
                calendar = merged.Value;
            }
            else
            {
                violations.AddRange(merged.Violations.Select(v => RuleViolation.At(v.Code, $"[{position}].{v.Path}", v.Message, v.AttemptedValue, [.. v.Figures])));
            }

            position++;
        }

        return violations.Count > 0
            ? Result<GovernanceRulebook>.Failure(violations)
            : Result<GovernanceRulebook>.Success(new GovernanceRulebook(Header, Posts, IssueCategories, calendar, Ladders, CaseTypes, CourtConfirmationWindow));
    }

    /// <summary>The case type with an id.</summary>
    /// <param name="id">The case type's id.</param>
    /// <exception cref="KeyNotFoundException">No such case type.</exception>
    public DisputeCaseType CaseType(string id) => FindCaseType(id) ?? throw new KeyNotFoundException($"No case type '{id}' in rulebook {Header}.");

    /// <summary>The case type with an id, or null.</summary>
    /// <param name="id">The case type's id.</param>
    public DisputeCaseType? FindCaseType(string id) => CaseTypes.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));
}
