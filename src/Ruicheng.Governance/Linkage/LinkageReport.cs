using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Governance.Hierarchy;

namespace Ruicheng.Governance.Linkage;

/// <summary>
/// A three-tier linkage report for one unit and one period: the village weekly summary (周汇总) or the township /
/// county monthly analysis (月研判), with the trend against the previous period and the units whose open issues rose.
/// </summary>
public sealed class LinkageReport
{
    internal LinkageReport(
        AdministrativeUnit unit,
        string path,
        LinkagePeriodKind kind,
        string label,
        DateInterval period,
        PatrolFigures current,
        PatrolFigures previous,
        ImmutableSortedDictionary<IssueCategory, long> issuesByCategory,
        ImmutableArray<OpenIssueChange> risingUnits)
    {
        Unit = unit;
        Path = path;
        Kind = kind;
        Label = label;
        Period = period;
        Current = current;
        Previous = previous;
        IssuesByCategory = issuesByCategory;
        RisingUnits = risingUnits;
    }

    /// <summary>The unit reported on.</summary>
    public AdministrativeUnit Unit { get; }

    /// <summary>The unit's path, e.g. 芮城县 / 大王镇 / 金盆村.</summary>
    public string Path { get; }

    /// <summary>Weekly or monthly.</summary>
    public LinkagePeriodKind Kind { get; }

    /// <summary>The period's label: <c>2026-W27</c> or <c>2026-07</c>.</summary>
    public string Label { get; }

    /// <summary>The civil dates covered (inclusive).</summary>
    public DateInterval Period { get; }

    /// <summary>This period's figures, rolled up over the unit's grids.</summary>
    public PatrolFigures Current { get; }

    /// <summary>The previous period's figures (the week or month before).</summary>
    public PatrolFigures Previous { get; }

    /// <summary>Change in open issues against the previous period.</summary>
    public long OpenIssuesChange => Current.OpenIssues - Previous.OpenIssues;

    /// <summary>Change in issues found against the previous period.</summary>
    public long IssuesFoundChange => Current.IssuesFound - Previous.IssuesFound;

    /// <summary>Change in visits against the previous period.</summary>
    public long VisitsChange => Current.Visits - Previous.Visits;

    /// <summary>Issues found this period, by category.</summary>
    public ImmutableSortedDictionary<IssueCategory, long> IssuesByCategory { get; }

    /// <summary>The units under this one whose open-issue count rose, largest rise first.</summary>
    public ImmutableArray<OpenIssueChange> RisingUnits { get; }
}
