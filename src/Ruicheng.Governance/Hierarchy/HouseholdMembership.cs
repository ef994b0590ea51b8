using NodaTime;

namespace Ruicheng.Governance.Hierarchy;

/// <summary>A resident's membership of a household over a span of civil dates (inclusive).</summary>
public sealed class HouseholdMembership
{
    internal HouseholdMembership(MembershipDefinition definition)
    {
        Resident = definition.Resident;
        Household = definition.Household;
        From = definition.From;
        To = definition.To;
    }

    /// <summary>The resident.</summary>
    public ResidentId Resident { get; }

    /// <summary>The household.</summary>
    public HouseholdId Household { get; }

    /// <summary>The first day of membership.</summary>
    public LocalDate From { get; }

    /// <summary>The last day (inclusive), or null while current.</summary>
    public LocalDate? To { get; }

    /// <summary>Whether the membership covers a date.</summary>
    /// <param name="date">The civil date.</param>
    public bool Covers(LocalDate date) => date >= From && (To is null || date <= To);

    /// <summary>The definition this membership was created from.</summary>
    public MembershipDefinition ToDefinition() => new(Resident, Household, From, To);
}
