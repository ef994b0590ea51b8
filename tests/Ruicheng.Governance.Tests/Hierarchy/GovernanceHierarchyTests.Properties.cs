using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Hierarchy.Rules;
using Ruicheng.TestUtilities;

namespace Ruicheng.Governance.Tests.Hierarchy;

public partial class GovernanceHierarchyTests
{
    [Property(MaxTest = 60)]
    public Property TreeUnderEveryOperation_Holds() =>
        Prop.ForAll(GovernanceArbitraries.HierarchyWithOperations, c =>
        {
            var hierarchy = c.Hierarchy;
            foreach (var seed in c.Operations)
            {
                var result = Apply(hierarchy, seed);
                if (result.IsSuccess)
                {
                    hierarchy = result.Value;
                }

                if (!TreeInvariants.Hold(hierarchy))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 60)]
    public Property InvalidHierarchyRejectedWithRuleCode_Holds() =>
        Prop.ForAll(GovernanceArbitraries.AnyHierarchy, Gen.Choose(0, 5).ToArbitrary(), (hierarchy, breakage) =>
        {
            var units = hierarchy.UnitDefinitions().ToList();
            var households = hierarchy.HouseholdDefinitions().ToList();
            var grid = units.First(u => u.Kind == UnitKind.Grid);
            var village = units.First(u => u.Kind.Level() == UnitLevel.Village);
            var town = units.First(u => u.Kind.Level() == UnitLevel.Township);
            RuleId expected;
            switch (breakage)
            {
                case 0:
                    units.Add(grid with { Id = UnitId.From("dup-code") });
                    expected = UnitCodeMustBeUniqueRule.Id;
                    break;
                case 1:
                    units.Add(new UnitDefinition(UnitId.From("stray"), DivisionCode.Parse($"{town.Code.SignificantPrefix}999001"), "x", UnitKind.Grid, town.Id));
                    expected = ChildLevelMustFollowParentRule.Id;
                    break;
                case 2:
                    units.Add(village with { Id = UnitId.From("orphan"), Code = DivisionCode.Parse($"{town.Code.SignificantPrefix}998"), Parent = UnitId.From("missing") });
                    expected = ParentMustExistRule.Id;
                    break;
                case 3:
                    units[units.IndexOf(town)] = town with { Parent = village.Id };
                    expected = HierarchyMustBeAcyclicRule.Id;
                    break;
                case 4:
                    households.Add(new HouseholdDefinition(HouseholdId.From("in-village"), village.Id));
                    expected = HouseholdMustBeInGridRule.Id;
                    break;
                default:
                    units.Add(grid);
                    expected = UnitIdMustBeUniqueRule.Id;
                    break;
            }

            var result = GovernanceHierarchy.Create(units, households, hierarchy.MembershipDefinitions());
            return result.IsFailure && result.Violations.Any(v => v.Code == expected);
        });

    private static Ruicheng.Primitives.Result<GovernanceHierarchy> Apply(GovernanceHierarchy hierarchy, int seed)
    {
        var units = hierarchy.Units;
        var pick = units[seed % units.Length];
        var other = units[(seed / 7) % units.Length];
        var kind = (UnitKind)((seed / 11) % 6);
        switch (seed % 5)
        {
            case 0:
                var code = DivisionCode.TryParse(pick.Code.Value.Length == 15 ? pick.Code.Value : pick.Code.SignificantPrefix + (((seed / 13) % 900) + 100).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(DivisionCode.SignificantLength((UnitLevel)Math.Min(3, (int)pick.Level + 1)) - pick.Code.SignificantPrefix.Length, '0'), out var c) ? c : pick.Code;
                return hierarchy.AddUnit(new UnitDefinition(UnitId.From($"new-{seed}"), code, $"新{seed}", kind, pick.Id));
            case 1:
                return hierarchy.RemoveUnit(pick.Id);
            case 2:
                return hierarchy.RegisterHousehold(new HouseholdDefinition(HouseholdId.From($"nh-{seed}"), pick.Id));
            case 3:
                return hierarchy.Households.IsEmpty ? hierarchy.RemoveUnit(pick.Id) : hierarchy.MoveHousehold(hierarchy.Households[seed % hierarchy.Households.Length].Id, other.Id);
            default:
                return hierarchy.Households.IsEmpty || hierarchy.Memberships.IsEmpty
                    ? hierarchy.RemoveUnit(other.Id)
                    : hierarchy.MoveResident(hierarchy.Memberships[seed % hierarchy.Memberships.Length].Resident, hierarchy.Households[(seed / 3) % hierarchy.Households.Length].Id, new LocalDate(2019 + (seed % 10), 1 + (seed % 12), 1));
        }
    }
}
