using Ruicheng.Primitives.Rulebooks.Changes;
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
        var document = System.Text.Json.Nodes.JsonNode.Parse(Document) as System.Text.Json.Nodes.JsonObject ?? [];
        foreach (var year in years)
        {
            ArgumentNullException.ThrowIfNull(year, nameof(years));
            var merged = calendar.WithYear(year);
            if (merged.IsSuccess)
            {
                calendar = merged.Value;
                MergeIntoDocument(document, year);
            }
            else
            {
                violations.AddRange(merged.Violations.Select(v => RuleViolation.At(v.Code, $"[{position}].{v.Path}", v.Message, v.AttemptedValue, [.. v.Figures])));
            }

            position++;
        }

        return violations.Count > 0
            ? Result<GovernanceRulebook>.Failure(violations)
            : Result<GovernanceRulebook>.Success(new GovernanceRulebook(Header, Posts, IssueCategories, calendar, Ladders, CaseTypes, CourtConfirmationWindow).WithDocument(document.ToJsonString()));
    }

    /// <summary>The merged year in the document too, so that <see cref="Compare"/> lists its days as added.</summary>
    private static void MergeIntoDocument(System.Text.Json.Nodes.JsonObject document, CalendarYear year)
    {
        if (document["calendar"] is not System.Text.Json.Nodes.JsonObject calendar)
        {
            return;
        }

        static System.Text.Json.Nodes.JsonArray List(System.Text.Json.Nodes.JsonObject o, string name) =>
            o[name] as System.Text.Json.Nodes.JsonArray ?? (System.Text.Json.Nodes.JsonArray)(o[name] = new System.Text.Json.Nodes.JsonArray());

        List(calendar, "years").Add(year.Year);
        foreach (var day in year.Holidays)
        {
            List(calendar, "holidays").Add(day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var day in year.AdjustedWorkingDays)
        {
            List(calendar, "adjustedWorkingDays").Add(day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The case type with an id.</summary>
    /// <param name="id">The case type's id.</param>
    /// <exception cref="KeyNotFoundException">No such case type.</exception>
    public DisputeCaseType CaseType(string id) => FindCaseType(id) ?? throw new KeyNotFoundException($"No case type '{id}' in rulebook {Header}.");

    /// <summary>The case type with an id, or null.</summary>
    /// <param name="id">The case type's id.</param>
    public DisputeCaseType? FindCaseType(string id) => CaseTypes.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    /// <summary>The validated JSON document this rulebook was loaded from (for <see cref="Compare"/>).</summary>
    internal string Document { get; private set; } = "{}";

    internal GovernanceRulebook WithDocument(string json)
    {
        Document = json;
        return this;
    }

    /// <summary>
    /// What changed from <paramref name="current"/> to <paramref name="proposed"/> (规则修订对照): every change with
    /// its JSON path, and the public notice (公示) in Chinese or English (<see cref="RulebookComparison.ToNotice"/>).
    /// The two rulebooks are compared as the documents they were loaded from; see <see cref="RulebookComparison"/> for
    /// how lists are matched and in what order changes are listed. <c>Compare(a, a)</c> is empty.
    /// </summary>
    /// <param name="current">The rulebook in force.</param>
    /// <param name="proposed">The proposed rulebook.</param>
    public static RulebookComparison Compare(GovernanceRulebook current, GovernanceRulebook proposed)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        return RulebookComparison.Compare(current.Header, current.Document, proposed.Header, proposed.Document, Terms);
    }

    private static readonly System.Resources.ResourceManager Terms = new("Ruicheng.Governance.Rulebooks.RulebookTerms", typeof(GovernanceRulebook).Assembly);
}
