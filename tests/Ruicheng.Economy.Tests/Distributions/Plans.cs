using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Rulebooks;

namespace Ruicheng.Economy.Tests.Distributions;

internal static class Plans
{
    internal static readonly EconomyRulebook Ruicheng = EconomyRulebookFile.LoadRuicheng();

    internal static DistributionPlan Cai => Ruicheng.Plan("cai-village");

    internal static DistributionPlan Herbal => Ruicheng.Plan("tianyuan-guiju");

    /// <summary>Cai's plan without the member cap, for properties over arbitrary registers; with a policy choice.</summary>
    internal static DistributionPlan CaiUncapped(string shortfall = "pro-rata") =>
        EconomyRulebookFile.Load(EconomyRulebookFile.RuichengJsonText
            .Replace("\"maxMemberSharePercent\": 20", "\"maxMemberSharePercent\": 100", StringComparison.Ordinal)
            .Replace("\"shortfallPolicy\": \"pro-rata\"", $"\"shortfallPolicy\": \"{shortfall}\"", StringComparison.Ordinal)).Value.Plan("cai-village");
}
