using System.ComponentModel;
using System.Globalization;
using nietras.SeparatedValues;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Linkage;
using Ruicheng.Governance.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng hierarchy</c>: the tree, optionally under a unit, with a measure rolled up.</summary>
internal sealed class HierarchyCommand(IAnsiConsole console) : Command<HierarchyCommand.Settings>
{
    internal sealed class Settings : JsonSettings
    {
        [CommandOption("--file <FILE>")]
        [Description("A hierarchy file (JSON). Default: the built-in Ruicheng hierarchy.")]
        public string? File { get; init; }

        [CommandOption("--under <UNIT>")]
        [Description("Show only this unit (name or id) and what lies under it.")]
        public string? Under { get; init; }

        [CommandOption("--measure <FILE>")]
        [Description("A CSV with header unit,value to roll up the tree (values attach to units by id).")]
        public string? Measure { get; init; }

        [CommandOption("--grids")]
        [Description("Show grids too.")]
        public bool Grids { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var hierarchy = settings.File is null ? RuichengHierarchy.Load() : Load(settings.File);
        if (hierarchy is null)
        {
            return ExitCodes.RulesBroken;
        }

        var root = settings.Under is null ? hierarchy.County
            : hierarchy.FindByName(settings.Under).FirstOrDefault() ?? (UnitId.TryFrom(settings.Under, out var id) && hierarchy.TryFind(id, out var unit) ? unit : null)
            ?? throw new UnusableInputException($"--under: no unit named or with id '{settings.Under}'");
        var rollup = settings.Measure is null ? null : Measure(hierarchy, settings.Measure);
        if (settings.Json)
        {
            Output.Json(console, Node(hierarchy, root, rollup, settings.Grids));
            return ExitCodes.Success;
        }

        var tree = new Tree(Label(hierarchy, root, rollup));
        Add(hierarchy, tree, root, rollup, settings.Grids);
        console.Write(tree);
        return ExitCodes.Success;
    }

    internal static void Add(GovernanceHierarchy hierarchy, IHasTreeNodes parent, AdministrativeUnit unit, UnitRollup<decimal>? rollup, bool grids)
    {
        foreach (var child in hierarchy.ChildrenOf(unit.Id).Where(c => grids || c.Level != UnitLevel.Grid))
        {
            Add(hierarchy, parent.AddNode(Label(hierarchy, child, rollup)), child, rollup, grids);
        }
    }

    internal static string Label(GovernanceHierarchy hierarchy, AdministrativeUnit unit, UnitRollup<decimal>? rollup)
    {
        var sample = unit.Origin == UnitOrigin.Sample && unit.Level != UnitLevel.Grid ? " [grey](sample)[/]" : string.Empty;
        var measure = rollup is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" [blue]{rollup.TotalOf(unit.Id):#,0.##}[/]");
        return $"{Markup.Escape(unit.Name)} [grey]{unit.Code.SignificantPrefix}[/]{sample}{measure}";
    }

    private static object Node(GovernanceHierarchy hierarchy, AdministrativeUnit unit, UnitRollup<decimal>? rollup, bool grids) => new
    {
        id = unit.Id.Value,
        name = unit.Name,
        kind = unit.Kind.ToString(),
        code = unit.Code.Value,
        sample = unit.Origin == UnitOrigin.Sample,
        total = rollup?.TotalOf(unit.Id),
        children = hierarchy.ChildrenOf(unit.Id).Where(c => grids || c.Level != UnitLevel.Grid).Select(c => Node(hierarchy, c, rollup, grids)).ToList(),
    };

    private GovernanceHierarchy? Load(string file)
    {
        var result = HierarchyFile.Load(Output.ReadFile(file, "--file"));
        if (result.IsSuccess)
        {
            return result.Value;
        }

        Output.Violations(console, file, result.Violations);
        return null;
    }

    private static UnitRollup<decimal> Measure(GovernanceHierarchy hierarchy, string path)
    {
        if (!File.Exists(path))
        {
            throw UnusableInputException.At(path, "-", "--measure: file not found");
        }

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        if (!reader.Header.TryIndexOf("unit", out _) || !reader.Header.TryIndexOf("value", out _))
        {
            throw UnusableInputException.At(path, "line 1", "expected header unit,value");
        }

        var values = new List<KeyValuePair<UnitId, decimal>>();
        long line = 1;
        foreach (var row in reader)
        {
            line++;
            if (!UnitId.TryFrom(row["unit"].ToString(), out var unit))
            {
                throw UnusableInputException.At(path, $"line {line}", $"unit: '{row["unit"].ToString()}' is not a unit id");
            }

            if (!decimal.TryParse(row["value"].Span, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                throw UnusableInputException.At(path, $"line {line}", $"value: '{row["value"].ToString()}' is not a number");
            }

            values.Add(KeyValuePair.Create(unit, value));
        }

        var rollup = Rollup.ByUnit(hierarchy, values);
        return rollup.IsSuccess
            ? rollup.Value
            : throw UnusableInputException.At(path, $"line {int.Parse(rollup.FirstViolation.Path.Trim('[', ']'), CultureInfo.InvariantCulture) + 2}", $"unit: {rollup.FirstViolation.Message}");
    }
}
