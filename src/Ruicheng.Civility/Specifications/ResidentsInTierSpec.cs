using Ardalis.Specification;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Scoring;

namespace Ruicheng.Civility.Specifications;

/// <summary>Scores in a credit tier (e.g. every AAA household for the rural bank's pre-approved credit list).</summary>
public sealed class ResidentsInTierSpec : Specification<CivilityScore>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="tier">The tier.</param>
    public ResidentsInTierSpec(CreditTier tier) => Query.Where(s => s.Tier == tier).OrderByDescending(s => s.Score);
}
