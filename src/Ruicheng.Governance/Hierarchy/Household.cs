namespace Ruicheng.Governance.Hierarchy;

/// <summary>A registered household (户), in exactly one grid.</summary>
public sealed class Household
{
    internal Household(HouseholdDefinition definition)
    {
        Id = definition.Id;
        GridId = definition.Grid;
        Synthetic = definition.Synthetic;
    }

    /// <summary>The household's id.</summary>
    public HouseholdId Id { get; }

    /// <summary>The grid responsible for the household.</summary>
    public UnitId GridId { get; }

    /// <summary>Whether the household is made-up sample data.</summary>
    public bool Synthetic { get; }

    /// <summary>The definition this household was created from.</summary>
    public HouseholdDefinition ToDefinition() => new(Id, GridId, Synthetic);

    /// <summary>The household id.</summary>
    public override string ToString() => Id.ToString();
}
