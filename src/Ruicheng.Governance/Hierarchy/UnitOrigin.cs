namespace Ruicheng.Governance.Hierarchy;

/// <summary>Where a unit in a hierarchy file comes from, so that sample data never passes for fact.</summary>
public enum UnitOrigin
{
    /// <summary>A real unit, with its real name.</summary>
    Real = 0,

    /// <summary>A sample unit made up to complete an example (e.g. the 11 other villages of 大王镇), or a synthetic grid.</summary>
    Sample = 1,
}
