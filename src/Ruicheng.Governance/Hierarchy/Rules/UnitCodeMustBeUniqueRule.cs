namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>No two units share a division code.</summary>
public sealed class UnitCodeMustBeUniqueRule : HierarchyRule
{
    private UnitCodeMustBeUniqueRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.code.duplicate</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.code.duplicate");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static UnitCodeMustBeUniqueRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a division code used once";

    internal override void Check(HierarchyCheck check)
    {
        var first = new Dictionary<DivisionCode, int>();
        for (var i = 0; i < check.Units.Count; i++)
        {
            var unit = check.Units[i];
            if (!first.TryAdd(unit.Code, i))
            {
                check.Add(Id, $"$.units[{check.UnitPosition(i)}].code", $"Code {unit.Code} of {unit.Name} is already used by {check.Units[first[unit.Code]].Name} (units[{check.UnitPosition(first[unit.Code])}]).", unit.Code.ToString());
            }
        }
    }
}
