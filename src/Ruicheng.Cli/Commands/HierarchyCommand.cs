using System.ComponentModel;
using System.Globalization;
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
        [Description("Show only this unit (name, id or division code as the tree prints it) and what lies under it.")]
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
        var hierarchy = settings.File is null ? RuichengHierarchy.Load() : Load(settings.File, settings.Culture);
        if (hierarchy is null)
        {
            return ExitCodes.RulesBroken;
        }

        var root = settings.Under is null ? hierarchy.County : Find(hierarchy, settings.Under)
            ?? throw new UnusableInputException($"--under: no unit with the name, id or division code '{settings.Under}'");
        UnitRollup<decimal>? rollup = null;
        if (settings.Measure is not null)
        {
            var measure = Measure(hierarchy, settings.Measure);
            if (measure.IsFailure)
            {
                if (settings.Json)
                {
                    Output.Json(console, new { file = settings.Measure, valid = false, violations = measure.Violations.Select(Output.ViolationShape) });
                }
                else
                {
                    Output.Violations(console, settings.Measure, measure.Violations, settings.Culture);
                }

                return ExitCodes.RulesBroken;
            }

            rollup = measure.Value;
        }
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

    /// <summary>A unit by name, id, or division code (the full 12 digits or the prefix the tree prints); the highest such unit.</summary>
    internal static AdministrativeUnit? Find(GovernanceHierarchy hierarchy, string under) =>
        hierarchy.FindByName(under).FirstOrDefault()
        ?? (UnitId.TryFrom(under, out var id) && hierarchy.TryFind(id, out var unit) ? unit : null)
        ?? hierarchy.Units.FirstOrDefault(u => u.Code.Value == under || u.Code.SignificantPrefix == under);

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

    private GovernanceHierarchy? Load(string file, System.Globalization.CultureInfo culture)
    {
        var result = HierarchyFile.Load(Output.ReadFile(file, "--file"));
        if (result.IsSuccess)
        {
            return result.Value;
        }

        Output.Violations(console, file, result.Violations, culture);
        return null;
    }

    /// <summary>Reads a measure (CSV <c>unit,value</c>); every bad row and every unknown unit is reported with its line, none dropped.</summary>
    private static Result<UnitRollup<decimal>> Measure(GovernanceHierarchy hierarchy, string path)
    {
        using var reader = CsvReader.Open(path, "--measure", ["unit", "value"]);
        var (unitColumn, valueColumn) = (reader.IndexOf("unit"), reader.IndexOf("value"));
        var values = new List<KeyValuePair<UnitId, decimal>>();
        var lines = new List<long>();
        var rejected = new List<RuleViolation>();
        while (reader.Next())
        {
            var place = $"line {reader.Line}";
            if (reader.Error is { } error)
            {
                rejected.Add(RuleViolation.At(MeasureRowRule, place, error));
            }
            else if (!UnitId.TryFrom(reader.Text(unitColumn), out var unit))
            {
                rejected.Add(RuleViolation.At(MeasureRowRule, place, $"unit: '{reader.Shown(unitColumn)}' is not a unit id"));
            }
            else if (!CsvFields.TryDecimal(reader.Field(valueColumn), out var value))
            {
                rejected.Add(RuleViolation.At(MeasureRowRule, place, $"value: '{reader.Shown(valueColumn)}' is not a number (plain decimal, at most 28 digits)"));
            }
            else
            {
                values.Add(KeyValuePair.Create(unit, value));
                lines.Add(reader.Line);
            }
        }

        if (rejected.Count > 0)
        {
            return Result<UnitRollup<decimal>>.Failure(rejected);
        }

        // The roll-up names values by position; report them by the line they came from.
        var rollup = Rollup.ByUnit(hierarchy, values);
        return rollup.IsSuccess
            ? rollup
            : Result<UnitRollup<decimal>>.Failure(rollup.Violations.Select(v => v.Path.StartsWith('[')
                ? RuleViolation.At(v.Code, $"line {lines[int.Parse(v.Path.AsSpan(1, v.Path.Length - 2), CultureInfo.InvariantCulture)]}", v.Message, v.AttemptedValue)
                : v));
    }

    private static RuleId MeasureRowRule { get; } = RuleId.From("measure.row");
}
