using Ardalis.Specification;
using NodaTime;

namespace Ruicheng.Governance.Disputes.Specifications;

/// <summary>Cases whose acceptance deadline or current tier deadline has passed while they still await it (超期).</summary>
public sealed class OverdueDisputesSpec : Specification<DisputeCase>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The instant to judge by.</param>
    public OverdueDisputesSpec(Instant asOf) =>
        Query.Where(c => (c.State == DisputeState.Reported && c.AcceptanceDeadline < asOf)
            || (c.State == DisputeState.InMediation && c.Deadline != null && c.Deadline < asOf));
}
