namespace Ruicheng.Governance.Linkage;

/// <summary>The cadence of a linkage report (日巡查、周汇总、月研判).</summary>
public enum LinkagePeriodKind
{
    /// <summary>One civil day: the daily patrol (日巡查).</summary>
    Day = 0,

    /// <summary>An ISO week, Monday to Sunday: the village weekly summary (周汇总).</summary>
    Week = 1,

    /// <summary>A calendar month: the township or county monthly analysis (月研判).</summary>
    Month = 2,
}
