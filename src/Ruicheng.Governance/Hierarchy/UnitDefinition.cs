namespace Ruicheng.Governance.Hierarchy;

/// <summary>
/// The input that describes one unit, before the hierarchy checks it. A plain shape: the hierarchy enforces the rules.
/// </summary>
/// <param name="Id">The unit's id.</param>
/// <param name="Code">Its division code.</param>
/// <param name="Name">Its Chinese name, as written locally (e.g. 金盆村).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Parent">The enclosing unit, or null for the county.</param>
/// <param name="Origin">Whether it is real or a sample unit.</param>
public sealed record UnitDefinition(UnitId Id, DivisionCode Code, string Name, UnitKind Kind, UnitId? Parent, UnitOrigin Origin = UnitOrigin.Real);
