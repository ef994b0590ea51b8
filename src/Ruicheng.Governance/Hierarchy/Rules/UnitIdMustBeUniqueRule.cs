namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>No two units share an id.</summary>
public sealed class UnitIdMustBeUniqueRule : HierarchyRule
{
    private UnitIdMustBeUniqueRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.id.duplicate</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.id.duplicate");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static UnitIdMustBeUniqueRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a unit id used once";

    internal override void Check(HierarchyCheck check)
    {
        var first = new Dictionary<UnitId, int>();
        for (var i = 0; i < check.Units.Count; i++)
        {
            var unit = check.Units[i];
            if (!first.TryAdd(unit.Id, i))
            {
                check.Add(Id, $"$.units[{check.UnitPosition(i)}].id", $"Unit id '{unit.Id}' is already used by units[{check.UnitPosition(first[unit.Id])}].", unit.Id.ToString());
            }
        }
    }
}
