using Ardalis.Specification;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Scoring;

namespace Ruicheng.Civility.Specifications;

/// <summary>
/// Scores in a credit tier (after vetoes), e.g. every AAA household for the rural bank's pre-approved credit list:
/// highest score first and, among equal scores, by subject id (string order), so the order is total. A store orders
/// subjects by its collation, which agrees with memory for ids of letters, digits and hyphens.
/// </summary>
public sealed class ResidentsInTierSpec : Specification<CivilityScore>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="tier">The tier.</param>
    public ResidentsInTierSpec(CreditTier tier) => Query.Where(s => s.Tier == tier).OrderByDescending(s => s.Score).ThenBy(s => s.Subject);
}
