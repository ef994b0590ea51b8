using Ruicheng.Shared.Validation;
using System.Text.RegularExpressions;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Primitives.Serialization;
using Ruicheng.Primitives.Validation;

namespace Ruicheng.Governance.Serialization;

/// <summary>
/// Loads a hierarchy file (JSON; its schema is <see cref="Schema"/>, also packed as
/// <c>ruicheng schema hierarchy</c>; a copy is packed under <c>content/schemas/</c>), schema first — see
/// <see cref="Ruicheng.Primitives.Validation.ValidatedDocument"/> — into a <see cref="GovernanceHierarchy"/>, or reports every
/// problem at once with its JSON path and rule code. Nothing invalid is half-loaded.
/// </summary>
public static partial class HierarchyFile
{
    /// <summary>The JSON schema of hierarchy files.</summary>
    public static string Schema => Resources.Read("hierarchy.schema.json");

    private static readonly DocumentSchema Shape = DocumentSchema.Parse(Resources.Read("hierarchy.schema.json"));

    /// <summary>
    /// Writes a hierarchy as a hierarchy file (the form <see cref="Load"/> reads, schema <c>hierarchy</c>): units in the
    /// hierarchy's order (parents before children), households and memberships in theirs; a unit's parent, a unit's
    /// origin and a membership's end are written only when set. Loading what is written gives an equal hierarchy.
    /// </summary>
    /// <param name="hierarchy">The hierarchy.</param>
    public static string Write(GovernanceHierarchy hierarchy)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        var document = new HierarchyDocument
        {
            Schema = "hierarchy.schema.json",
            Units = [.. hierarchy.Units.Select(u => new UnitDocument
            {
                Id = u.Id.Value,
                Code = u.Code.Value,
                Name = u.Name,
                Kind = u.Kind.ToString().ToLowerInvariant(),
                Parent = u.ParentId?.Value,
                Origin = u.Origin == UnitOrigin.Sample ? "sample" : "real",
            })],
            Households = [.. hierarchy.Households.Select(h => new HouseholdDocument { Id = h.Id.Value, Grid = h.GridId.Value, Synthetic = h.Synthetic })],
            Memberships = [.. hierarchy.Memberships.Select(m => new MembershipDocument { Resident = m.Resident.Value, Household = m.Household.Value, From = m.From, To = m.To })],
        };
        return System.Text.Json.JsonSerializer.Serialize(document, WriteOptions);
    }

    private static readonly System.Text.Json.JsonSerializerOptions WriteOptions = new(RuichengJson.Options)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Loads a hierarchy from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The hierarchy, or every violation: malformed JSON, malformed entries, and broken structure rules.</returns>
    public static Result<GovernanceHierarchy> Load(string json)
    {
        var shapeViolations = ValidatedDocument.CheckShape(json, Shape);
        if (shapeViolations.Any(ValidatedDocument.IsStructural))
        {
            return Result<GovernanceHierarchy>.Failure(shapeViolations);
        }

        var read = RuichengJson.Read<HierarchyDocument>(json);
        if (read.IsFailure)
        {
            return Result<GovernanceHierarchy>.Failure(shapeViolations.IsEmpty ? read.Violations : shapeViolations);
        }

        var document = read.Value;
        var shape = new HierarchyDocumentValidator().Validate(document);
        var violations = ValidationViolations.From(shape).ToList();
        var badEntries = shape.Errors.Select(e => EntryOf().Match(e.PropertyName)).Where(m => m.Success)
            .Select(m => (m.Groups["list"].Value, int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToHashSet();

        // Structure is checked over every entry whose own shape is valid, so that one bad entry hides no other problem.
        var units = Keep(document.Units, "Units", badEntries);
        var households = Keep(document.Households, "Households", badEntries);
        var memberships = Keep(document.Memberships, "Memberships", badEntries);
        var check = new HierarchyCheck(
            units.Select(u => ToDefinition(u.Entry)).ToList(),
            households.Select(h => new HouseholdDefinition(HouseholdId.From(h.Entry.Id!), UnitId.From(h.Entry.Grid!), h.Entry.Synthetic)).ToList(),
            memberships.Select(m => new MembershipDefinition(ResidentId.From(m.Entry.Resident!), HouseholdId.From(m.Entry.Household!), m.Entry.From!.Value, m.Entry.To)).ToList(),
            (units.Select(u => u.Position).ToArray(), households.Select(h => h.Position).ToArray(), memberships.Select(m => m.Position).ToArray()));
        var structure = GovernanceHierarchy.FromCheck(check);
        violations.AddRange(structure.Violations);
        var all = ValidatedDocument.Combine(shapeViolations, violations);
        return all.IsEmpty ? structure : Result<GovernanceHierarchy>.Failure(all);
    }

    private static List<(T Entry, int Position)> Keep<T>(List<T?>? entries, string list, HashSet<(string, int)> badEntries)
        where T : class =>
        (entries ?? []).Select((e, i) => (Entry: e, Position: i))
            .Where(x => x.Entry is not null && !badEntries.Contains((list, x.Position)))
            .Select(x => (x.Entry!, x.Position))
            .ToList();

    private static UnitDefinition ToDefinition(UnitDocument unit) => new(
        UnitId.From(unit.Id!),
        DivisionCode.Parse(unit.Code!),
        unit.Name!,
        Enum.Parse<UnitKind>(unit.Kind!, ignoreCase: true),
        unit.Parent is null ? null : UnitId.From(unit.Parent),
        unit.Origin == "sample" ? UnitOrigin.Sample : UnitOrigin.Real);

    [GeneratedRegex(@"^(?<list>Units|Households|Memberships)\[(?<index>\d+)\]")]
    private static partial Regex EntryOf();
}
