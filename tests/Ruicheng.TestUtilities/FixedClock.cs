using NodaTime;

namespace Ruicheng.TestUtilities;

/// <summary>A clock stopped at 2026-10-20 09:00 in Beijing (01:00 UTC), so tool runs in tests are reproducible.</summary>
public sealed class FixedClock : IClock
{
    private FixedClock()
    {
    }

    /// <summary>The one instance.</summary>
    public static FixedClock Instance { get; } = new();

    /// <summary>2026-10-20T01:00:00Z.</summary>
    public Instant GetCurrentInstant() => Instant.FromUtc(2026, 10, 20, 1, 0);
}
