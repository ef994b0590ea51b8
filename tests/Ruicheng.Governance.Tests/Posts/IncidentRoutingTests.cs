using NodaTime;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Linkage;
using Ruicheng.Governance.Posts;

namespace Ruicheng.Governance.Tests.Posts;

public class IncidentRoutingTests
{
    private static readonly GovernanceHierarchy Ruicheng = RuichengHierarchy.Load();

    private static IncidentReport At(HouseholdId? household, UnitId? unit) =>
        new(ResidentId.From("rider"), PostId.From("food-safety-monitor"), household, unit, IssueCategory.From("food-safety"), Instant.FromUtc(2026, 7, 1, 1, 0));

    [Fact]
    public void Route_Grid_IsThatGrid()
    {
        var grid = Ruicheng.Units.First(u => u.Level == UnitLevel.Grid);
        Assert.Same(grid, IncidentRouting.Route(Ruicheng, At(null, grid.Id)).Value);
    }

    [Fact]
    public void Route_VillageWithTwoGrids_IsRefusedNamingTheGrids()
    {
        var village = Ruicheng.FindByName("蔡村")[0];
        var result = IncidentRouting.Route(Ruicheng, At(null, village.Id));
        Assert.Equal(IncidentRouting.UnroutableCode, result.FirstViolation?.Code);
        Assert.Contains("蔡村第1网格", result.FirstViolation?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_UnknownHousehold_IsRefused() =>
        Assert.True(IncidentRouting.Route(Ruicheng, At(HouseholdId.From("nobody"), null)).IsFailure);
}
