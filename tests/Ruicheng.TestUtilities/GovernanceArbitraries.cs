using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Primitives;

namespace Ruicheng.TestUtilities;

/// <summary>FsCheck generators for Ruicheng.Governance: valid hierarchies and operations on them.</summary>
public static class GovernanceArbitraries
{
    /// <summary>The shape of a generated hierarchy: villages per township, grids per village, households per grid.</summary>
    public sealed record Shape(int[][] GridsPerVillage, int HouseholdsPerGrid);

    /// <summary>Shapes of 1–4 townships, 1–4 villages each, 1–3 grids each, 0–3 households per grid.</summary>
    public static Gen<Shape> Shapes { get; } =
        Gen.Choose(1, 4).SelectMany(towns =>
            Gen.Choose(1, 4).SelectMany(villages => Gen.Choose(1, 3).ArrayOf(villages)).ArrayOf(towns)
                .SelectMany(grids => Gen.Choose(0, 3).Select(h => new Shape(grids, h))));

    /// <summary>Builds the definitions of a hierarchy with a given shape; codes nest by prefix.</summary>
    /// <param name="shape">The shape.</param>
    public static (List<UnitDefinition> Units, List<HouseholdDefinition> Households, List<MembershipDefinition> Memberships) Build(Shape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var county = UnitId.From("c");
        var units = new List<UnitDefinition> { new(county, DivisionCode.Parse("140830"), "县", UnitKind.County, null) };
        var households = new List<HouseholdDefinition>();
        var memberships = new List<MembershipDefinition>();
        for (var t = 0; t < shape.GridsPerVillage.Length; t++)
        {
            var town = UnitId.From($"t{t}");
            var townCode = $"140830{100 + t:000}";
            units.Add(new(town, DivisionCode.Parse(townCode), $"镇{t}", t % 2 == 0 ? UnitKind.Town : UnitKind.Township, county));
            for (var v = 0; v < shape.GridsPerVillage[t].Length; v++)
            {
                var village = UnitId.From($"t{t}v{v}");
                var villageCode = $"{townCode}{200 + v:000}";
                units.Add(new(village, DivisionCode.Parse(villageCode), $"村{t}-{v}", v % 3 == 2 ? UnitKind.Community : UnitKind.Village, town));
                for (var g = 0; g < shape.GridsPerVillage[t][v]; g++)
                {
                    var grid = UnitId.From($"t{t}v{v}g{g}");
                    units.Add(new(grid, DivisionCode.Parse($"{villageCode}{g + 1:000}"), $"网格{t}-{v}-{g}", UnitKind.Grid, village, UnitOrigin.Sample));
                    for (var h = 0; h < shape.HouseholdsPerGrid; h++)
                    {
                        var household = HouseholdId.From($"h{t}-{v}-{g}-{h}");
                        households.Add(new(household, grid, true));
                        memberships.Add(new(ResidentId.From($"r{t}-{v}-{g}-{h}"), household, new LocalDate(2020, 1, 1)));
                    }
                }
            }
        }

        return (units, households, memberships);
    }

    /// <summary>Valid hierarchies.</summary>
    public static Gen<GovernanceHierarchy> Hierarchies { get; } =
        Shapes.Select(shape =>
        {
            var (units, households, memberships) = Build(shape);
            return GovernanceHierarchy.Create(units, households, memberships).Value;
        });

    /// <summary>Valid hierarchies as an arbitrary.</summary>
    public static Arbitrary<GovernanceHierarchy> AnyHierarchy { get; } = Hierarchies.ToArbitrary();

    /// <summary>A sequence of random operation seeds to apply to a hierarchy.</summary>
    public static Arbitrary<(GovernanceHierarchy Hierarchy, int[] Operations)> HierarchyWithOperations { get; } =
        Hierarchies.SelectMany(h => Gen.Choose(0, int.MaxValue).ArrayOf().Select(ops => (h, ops))).ToArbitrary();

    /// <summary>A hierarchy with a value per household (−1,000 to 1,000) and per unit.</summary>
    public static Arbitrary<(GovernanceHierarchy Hierarchy, long[] HouseholdValues, long[] UnitValues)> HierarchyWithMeasures { get; } =
        Hierarchies.SelectMany(h =>
            Gen.Choose(-1000, 1000).Select(v => (long)v).ArrayOf(h.Households.Length).SelectMany(hv =>
                Gen.Choose(-1000, 1000).Select(v => (long)v).ArrayOf(h.UnitCount).Select(uv => (h, hv, uv))))
        .ToArbitrary();
}
