using NodaTime;

namespace Ruicheng.Primitives.Tests;

public class CivilTimeTests
{
    [Fact]
    public void Describe_WritesMidnightAs2400OfTheDayBefore_InBeijingTime()
    {
        Assert.Equal("2026-10-13 24:00 (Asia/Shanghai)", CivilTime.Describe(Instant.FromUtc(2026, 10, 13, 16, 0)));
        Assert.Equal("2026-10-14 00:01 (Asia/Shanghai)", CivilTime.Describe(Instant.FromUtc(2026, 10, 13, 16, 1)));
        Assert.Equal("2026-01-01 08:00 (Asia/Shanghai)", CivilTime.Describe(Instant.FromUtc(2026, 1, 1, 0, 0, 59)));
    }
}
