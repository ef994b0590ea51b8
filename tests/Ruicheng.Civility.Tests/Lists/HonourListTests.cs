using Ruicheng.Civility.Lists;

namespace Ruicheng.Civility.Tests.Lists;

public class HonourListTests
{
    [Fact]
    public void RedAndBlackLists_AreTopAndBottom_TiesBySubject()
    {
        var scores = new Dictionary<string, long> { ["R-3"] = 1010, ["R-1"] = 1050, ["R-2"] = 1050, ["R-4"] = 950, ["R-5"] = 990 };
        var lists = HonourList.From("2026-Q2", scores, 2);
        Assert.Equal(["R-1", "R-2"], lists.Red.Select(p => p.Key));
        Assert.Equal(["R-4", "R-5"], lists.Black.Select(p => p.Key));
    }
}
