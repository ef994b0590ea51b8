using Ruicheng.Governance.Serialization;

namespace Ruicheng.Governance.Hierarchy;

/// <summary>
/// The built-in Ruicheng County hierarchy (芮城县): the towns, townships, villages and communities the article
/// names, Dawang town's 11 sample villages beside Jinpen, and synthetic grids, households and residents
/// (two grids per village, six households per grid, three residents per household). Codes below the county are
/// illustrative; units and households say whether they are real or sample data.
/// </summary>
public static class RuichengHierarchy
{
    /// <summary>The id of Ruicheng County.</summary>
    public static UnitId CountyId { get; } = UnitId.From("ruicheng");

    /// <summary>The raw JSON of the built-in hierarchy (also packed as <c>content/data/ruicheng-hierarchy.json</c>).</summary>
    public static string Json => Resources.Read("ruicheng-hierarchy.json");

    /// <summary>Loads the built-in hierarchy. It is validated like any file; a failure here is a packaging bug.</summary>
    /// <exception cref="InvalidOperationException">The embedded data does not validate.</exception>
    public static GovernanceHierarchy Load() => Primitives.Validation.ValidatedDocument.Require(HierarchyFile.Load(Json), "Ruicheng hierarchy");
}
