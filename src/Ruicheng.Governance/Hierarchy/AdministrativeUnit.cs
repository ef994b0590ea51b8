namespace Ruicheng.Governance.Hierarchy;

/// <summary>
/// A unit of the hierarchy (行政单位): the county, a town or township, a village or community, or a grid.
/// Immutable; created only by <see cref="GovernanceHierarchy"/>, which guarantees its place in the tree.
/// </summary>
public sealed class AdministrativeUnit
{
    internal AdministrativeUnit(UnitDefinition definition)
    {
        Id = definition.Id;
        Code = definition.Code;
        Name = definition.Name;
        Kind = definition.Kind;
        ParentId = definition.Parent;
        Origin = definition.Origin;
    }

    /// <summary>The unit's id.</summary>
    public UnitId Id { get; }

    /// <summary>Its division code; a child's code starts with its parent's significant prefix.</summary>
    public DivisionCode Code { get; }

    /// <summary>Its Chinese name, e.g. 大王镇.</summary>
    public string Name { get; }

    /// <summary>What it is.</summary>
    public UnitKind Kind { get; }

    /// <summary>Its level, from <see cref="Kind"/>.</summary>
    public UnitLevel Level => Kind.Level();

    /// <summary>The enclosing unit, or null for the county.</summary>
    public UnitId? ParentId { get; }

    /// <summary>Whether the unit is real or a sample.</summary>
    public UnitOrigin Origin { get; }

    /// <summary>The definition this unit was created from.</summary>
    public UnitDefinition ToDefinition() => new(Id, Code, Name, Kind, ParentId, Origin);

    /// <summary><c>name (code)</c>.</summary>
    public override string ToString() => $"{Name} ({Code})";
}
