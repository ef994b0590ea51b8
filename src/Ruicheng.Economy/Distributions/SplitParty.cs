using System.Collections.Immutable;
using Ruicheng.Economy.Cooperatives;

namespace Ruicheng.Economy.Distributions;

/// <summary>One party of the ratio split (e.g. the cooperative, the village collective, the villagers) and how its part is divided.</summary>
/// <param name="Id">The party's id, e.g. <c>villagers</c>.</param>
/// <param name="Basis">How its part is divided.</param>
/// <param name="Member">For <see cref="SplitBasis.Member"/>, the member who receives it.</param>
/// <param name="Classes">For <see cref="SplitBasis.Shares"/>, the classes whose units count.</param>
public sealed record SplitParty(string Id, SplitBasis Basis, MemberId? Member, ImmutableArray<ShareClass> Classes);
