using System.Collections.Immutable;
using NodaTime;

namespace Ruicheng.Governance.Disputes;

/// <summary>Ticks a batch of cases (e.g. every open case of a county, from a scheduled job).</summary>
public static class DisputeTicker
{
    /// <summary>Applies every due deadline to every case; see <see cref="DisputeCase.Tick"/>.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>One outcome per case, in input order.</returns>
    public static ImmutableArray<TickOutcome> Tick(IEnumerable<DisputeCase> cases, Instant now)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return cases.Select(c => c.Tick(now)).ToImmutableArray();
    }
}
