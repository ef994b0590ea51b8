using Ruicheng.Shared.Validation;
using System.Text.Json.Serialization;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Economy.Rulebooks;

/// <summary>The JSON shape of an Economy rulebook (<c>economy-rulebook.schema.json</c>).</summary>
internal sealed class EconomyRulebookDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public RulebookHeaderDocument? Header { get; set; }

    public List<PlanDocument>? Plans { get; set; }

    public CollectiveIncomeDocument? CollectiveIncome { get; set; }

    public MinimumsDocument? Minimums { get; set; }

    public List<EnclaveDocument>? Enclaves { get; set; }
}

internal sealed class PlanDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Kind { get; set; }

    public decimal ReservePercent { get; set; }

    public decimal WelfarePercent { get; set; }

    public List<FloorDocument>? Floors { get; set; }

    public string? ShortfallPolicy { get; set; }

    public decimal ReinvestmentPercent { get; set; }

    public Money? ReinvestmentSharePrice { get; set; }

    public List<string>? DividendClasses { get; set; }

    public SplitDocument? Split { get; set; }

    public decimal MaxMemberSharePercent { get; set; } = 100;

    public decimal MinPatronageReturnPercent { get; set; }

    public string? LossRule { get; set; }

    public string? Source { get; set; }
}

internal sealed class FloorDocument
{
    public string? Class { get; set; }

    public Money? YuanPerUnit { get; set; }

    public Money? UnitCapital { get; set; }

    public decimal? YieldPercent { get; set; }

    public string? Description { get; set; }
}

internal sealed class SplitDocument
{
    public string? Ratio { get; set; }

    public List<PartyDocument>? Parties { get; set; }
}

internal sealed class PartyDocument
{
    public string? Id { get; set; }

    public string? Basis { get; set; }

    public string? Member { get; set; }

    public List<string>? Classes { get; set; }
}

internal sealed class CollectiveIncomeDocument
{
    public Money WeakBelow { get; set; }

    public List<Money>? Milestones { get; set; }

    public string? Source { get; set; }
}

internal sealed class MinimumsDocument
{
    [System.Text.Json.Serialization.JsonPropertyName("joint-stock")]
    public KindMinimumsDocument? JointStock { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("farmers-cooperative")]
    public KindMinimumsDocument? FarmersCooperative { get; set; }

    public string? Source { get; set; }
}

internal sealed class KindMinimumsDocument
{
    public decimal ReservePercent { get; set; }

    public decimal WelfarePercent { get; set; }
}

internal sealed class EnclaveDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Host { get; set; }

    public decimal Area { get; set; }

    public Money HostFeePerMu { get; set; }

    public List<EnclaveMemberDocument>? Members { get; set; }

    public string? ReturnMethod { get; set; }

    public decimal? FixedReturnPercent { get; set; }

    public string? Source { get; set; }
}

internal sealed class EnclaveMemberDocument
{
    public string? Village { get; set; }

    public Money Contribution { get; set; }
}
