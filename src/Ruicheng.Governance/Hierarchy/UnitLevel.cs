namespace Ruicheng.Governance.Hierarchy;

/// <summary>The four levels of the three-tier linkage (三级联动) spine, from the top.</summary>
public enum UnitLevel
{
    /// <summary>The county (县), e.g. 芮城县.</summary>
    County = 0,

    /// <summary>A town (镇) or township (乡).</summary>
    Township = 1,

    /// <summary>An administrative village (行政村) or an urban community (社区).</summary>
    Village = 2,

    /// <summary>A grid (网格), the smallest governance unit (practice: 300–500 households).</summary>
    Grid = 3,
}
