using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Economy.Cooperatives;

namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>What the distribution rules look at: the plan, the register on the date, the patronage and, once divided, the result.</summary>
internal sealed record DistributionCheck(
    DistributionPlan Plan, ShareRegister Register, LocalDate Date, IReadOnlyDictionary<MemberId, decimal> Patronage, DistributionResult? Result)
{
    /// <summary>Each member's units of the plan's dividend classes on the date, by member id.</summary>
    public ImmutableArray<KeyValuePair<MemberId, decimal>> DividendUnits { get; } = CooperativeDistribution.UnitsOf(Register, Plan.DividendClasses, Date);
}
