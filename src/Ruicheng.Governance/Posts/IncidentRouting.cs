using Ruicheng.Governance.Hierarchy;

namespace Ruicheng.Governance.Posts;

/// <summary>Routes a post holder's incident report to the grid (网格) responsible for where it happened.</summary>
public static class IncidentRouting
{
    /// <summary>The rule id when a report's location cannot be resolved to exactly one grid.</summary>
    public static RuleId UnroutableCode { get; } = RuleId.From("incident.unroutable");

    /// <summary>The rule id when a report names a post that is not in the rulebook.</summary>
    public static RuleId UnknownPostCode { get; } = RuleId.From("incident.post.unknown");

    /// <summary>
    /// The grid responsible for a report: the household's grid; the unit itself if it is a grid; the only grid of
    /// a village or community. Anything else is refused with the candidates named.
    /// </summary>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <param name="report">The report.</param>
    /// <returns>The grid, or why the report cannot be routed.</returns>
    public static Result<AdministrativeUnit> Route(GovernanceHierarchy hierarchy, IncidentReport report)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Household is { } household)
        {
            return hierarchy.FindHousehold(household) is not null
                ? Result<AdministrativeUnit>.Success(hierarchy.GridOf(household))
                : Unroutable($"Household '{household}' is not registered in any grid.");
        }

        if (report.Unit is not { } unitId || !hierarchy.TryFind(unitId, out var unit))
        {
            return Unroutable($"The report names neither a registered household nor a known unit ('{report.Unit}').");
        }

        if (unit.Level == UnitLevel.Grid)
        {
            return Result<AdministrativeUnit>.Success(unit);
        }

        var grids = hierarchy.DescendantsOf(unit.Id, UnitLevel.Grid);
        return grids.Count == 1
            ? Result<AdministrativeUnit>.Success(grids[0])
            : Unroutable($"{unit.Name} has {grids.Count} grids; name the household or the grid ({string.Join(", ", grids.Select(g => g.Name))}).");
    }

    private static Result<AdministrativeUnit> Unroutable(string message) =>
        Result<AdministrativeUnit>.Failure(RuleViolation.Of(UnroutableCode, message));
}
