namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A unit's division code starts with its parent's significant prefix and has the length of its own level.</summary>
public sealed class CodeMustExtendParentCodeRule : HierarchyRule
{
    private CodeMustExtendParentCodeRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.code.prefix</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.code.prefix");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static CodeMustExtendParentCodeRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a code of the unit's own level, within its parent's prefix";

    internal override void Check(HierarchyCheck check)
    {
        for (var i = 0; i < check.Units.Count; i++)
        {
            var unit = check.Units[i];
            if (unit.Code.Level != unit.Kind.Level())
            {
                check.Add(Id, $"$.units[{check.UnitPosition(i)}].code", $"Code {unit.Code} names a {unit.Code.Level} but {unit.Name} is a {unit.Kind}.", unit.Code.ToString());
                continue;
            }

            // Only against a parent that exists one level up; the other rules name the other cases.
            if (check.ParentOf(i) is { } parent && unit.Kind.Level() == parent.Kind.Level() + 1 && !unit.Code.IsWithin(parent.Code))
            {
                check.Add(Id, $"$.units[{check.UnitPosition(i)}].code", $"Code {unit.Code} of {unit.Name} does not start with its parent's prefix {parent.Code.SignificantPrefix}.", unit.Code.ToString());
            }
        }
    }
}
