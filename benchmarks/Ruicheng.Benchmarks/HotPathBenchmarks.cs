using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Linkage;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Primitives;

namespace Ruicheng.Benchmarks;

/// <summary>A cooperative distribution (Cai village's five-share plan) over 500 and 5,000 members.</summary>
[MemoryDiagnoser]
public class DistributionBenchmarks
{
    private DistributionPlan _plan = null!;
    private ShareRegister _register = null!;

    [Params(500, 5_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _plan = EconomyRulebookFile.LoadRuicheng().Plan("cai-village");
        var random = new Random(7);
        var members = new List<CooperativeMember> { new(MemberId.From("cai.collective"), MemberKind.VillageCollective, "集体"), new(MemberId.From("cai.managers"), MemberKind.Enterprise, "经营团队") };
        var holdings = new List<ShareHolding>();
        var since = new LocalDate(2020, 1, 1);
        for (var i = 0; i < Members; i++)
        {
            var id = MemberId.From($"H-{i:D5}");
            members.Add(new CooperativeMember(id, MemberKind.Household, $"户{i}"));
            holdings.Add(new ShareHolding(id, ShareClass.Land, random.Next(1, 20), since));
            holdings.Add(new ShareHolding(id, ShareClass.GuaranteedFloor, random.Next(1, 10), since));
            holdings.Add(new ShareHolding(id, ShareClass.Pooled, random.Next(1, 30), since));
        }

        _register = ShareRegister.Create("蔡村股份经济合作社", members, holdings).Value;
    }

    [Benchmark(Baseline = true)]
    public int Distribute3160000() =>
        CooperativeDistribution.Distribute(_plan, Money.FromYuan(3_160_000m), _register, new LocalDate(2026, 12, 31)).Value.Value.Lines.Length;
}

/// <summary><c>Tick</c> over 10,000 and 100,000 open dispute cases, about a third of them past a deadline.</summary>
[MemoryDiagnoser]
public class DisputeTickBenchmarks
{
    private ImmutableArray<DisputeCase> _cases;
    private Instant _now;

    [Params(10_000, 100_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rulebook = GovernanceRulebookFile.LoadRuicheng();
        var mediator = new Actor(ResidentId.From("M-1"), ActorRole.GridMediator);
        var reporter = new Actor(ResidentId.From("W-1"), ActorRole.GridWorker);
        var start = Instant.FromUtc(2026, 6, 1, 1, 0);
        var builder = ImmutableArray.CreateBuilder<DisputeCase>(Cases);
        for (var i = 0; i < Cases; i++)
        {
            var at = start + Duration.FromMinutes(i % 30_000);
            var reported = DisputeCase.Report(rulebook, DisputeCaseId.From($"DC-{i:D6}"), "neighbour", UnitId.From("dawang.jinpen"),
                [new DisputeParty(ResidentId.From($"R-{i}"))], reporter, at, "dispute").Value;
            builder.Add(reported.Accept(mediator, at + Duration.FromHours(1)).Value);
        }

        _cases = builder.MoveToImmutable();
        _now = start + Duration.FromDays(12);
    }

    [Benchmark(Baseline = true)]
    public int TickAll() => DisputeTicker.Tick(_cases, _now).Sum(o => o.Fired.Length);
}

/// <summary>A roll-up of one value per household over 40,000 and 400,000 households (10 towns × 20 villages × 10 grids).</summary>
[MemoryDiagnoser]
public class HierarchyRollupBenchmarks
{
    private GovernanceHierarchy _hierarchy = null!;
    private long[] _values = [];

    [Params(40_000, 400_000)]
    public int Households { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var perGrid = Households / 2_000;
        var units = new List<UnitDefinition> { new(UnitId.From("c"), DivisionCode.Parse("140830"), "县", UnitKind.County, null) };
        var households = new List<HouseholdDefinition>(Households);
        for (var t = 0; t < 10; t++)
        {
            var town = $"140830{100 + t:000}";
            units.Add(new(UnitId.From($"t{t}"), DivisionCode.Parse(town), $"镇{t}", UnitKind.Town, UnitId.From("c")));
            for (var v = 0; v < 20; v++)
            {
                var village = $"{town}{200 + v:000}";
                units.Add(new(UnitId.From($"t{t}v{v}"), DivisionCode.Parse(village), $"村{v}", UnitKind.Village, UnitId.From($"t{t}")));
                for (var g = 0; g < 10; g++)
                {
                    var grid = UnitId.From($"t{t}v{v}g{g}");
                    units.Add(new(grid, DivisionCode.Parse($"{village}{g + 1:000}"), $"网格{g}", UnitKind.Grid, UnitId.From($"t{t}v{v}")));
                    for (var h = 0; h < perGrid; h++)
                    {
                        households.Add(new HouseholdDefinition(HouseholdId.From($"h{t}-{v}-{g}-{h}"), grid, true));
                    }
                }
            }
        }

        _hierarchy = GovernanceHierarchy.Create(units, households, []).Value;
        var random = new Random(3);
        _values = Enumerable.Range(0, households.Count).Select(_ => (long)random.Next(0, 100_000)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public long RollUpHouseholds() => Rollup.ByHousehold<long>(_hierarchy, _values).TotalOf(_hierarchy.County.Id);
}
