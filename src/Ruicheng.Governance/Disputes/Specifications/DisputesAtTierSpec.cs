using Ardalis.Specification;

namespace Ruicheng.Governance.Disputes.Specifications;

/// <summary>Open cases at a tier (e.g. every case before the village mediation committee).</summary>
public sealed class DisputesAtTierSpec : Specification<DisputeCase>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="tierId">The tier's id.</param>
    public DisputesAtTierSpec(string tierId) =>
        Query.Where(c => c.TierId == tierId && (c.State == DisputeState.InMediation || c.State == DisputeState.MediationFailed));
}
