using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Cooperatives.Rules;
using Ruicheng.TestUtilities;

namespace Ruicheng.Economy.Tests.Issues;

/// <summary>Issue 12: a share register had no stored form; one written reads back equal, and a broken one is refused row by row.</summary>
public class ShareRegistersRoundTrip
{
    private static readonly Gen<ShareRegister> Registers =
        from count in Gen.Choose(1, 12)
        from shares in Gen.Choose(0, 40).Zip(Gen.Choose(0, 40)).Zip(Gen.Choose(0, 40).Zip(Gen.Choose(0, 40))).ArrayOf(count)
        from extra in Gen.Choose(0, 3)
        select WithDatedHoldings(
            EconomyArbitraries.Register([.. shares.Select(s => (s.Item1.Item1, s.Item1.Item2, s.Item2.Item1, s.Item2.Item2))], [.. Enumerable.Range(0, count)]),
            extra);

    /// <summary>Adds holdings that end, and fractional units, so every field is exercised.</summary>
    private static ShareRegister WithDatedHoldings(ShareRegister register, int extra) =>
        register.WithHoldings(register.Members.Take(extra).Select((m, i) =>
            new ShareHolding(m.Id, ShareClass.Reinvestment, 1.25m + i, new LocalDate(2025, 1, 1), new LocalDate(2026, 12, 31)))).Value;

    [Property(MaxTest = 100)]
    public Property AnyRegister_WrittenAndRead_IsEqualFieldByField() =>
        Prop.ForAll(Registers.ToArbitrary(), register =>
        {
            var json = ShareRegisterJson.Write(register);
            var read = ShareRegisterJson.Read(json);
            return read.IsSuccess && DeepEquality.Equal(register, read.Value) && ShareRegisterJson.Write(read.Value) == json;
        });

    [Fact]
    public void AStoredRegisterWithABrokenRow_IsRefusedWithThePath()
    {
        var register = Registers.Sample(1, 1).Single();
        var json = ShareRegisterJson.Write(register);
        var broken = System.Text.RegularExpressions.Regex.Replace(json, "\"units\": [0-9.]+", "\"units\": 0", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        var read = ShareRegisterJson.Read(broken);
        Assert.All(read.Violations, v => Assert.Equal(ShareRegisterMustBeConsistentRule.Id, v.Code));
        Assert.Equal("holdings[0].units", read.FirstViolation!.Path);
        Assert.Equal("schema.enum", ShareRegisterJson.Read(json.Replace("\"household\"", "\"alien\"", StringComparison.Ordinal)).FirstViolation!.Code.Value);
    }
}
