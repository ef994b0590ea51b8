using System.Collections.Immutable;
using Ruicheng.Economy.Cooperatives;

namespace Ruicheng.Economy.Distributions;

/// <summary>
/// A cooperative's distribution plan (收益分配方案), from the Economy rulebook: the waterfall from a year's net income —
/// reserve and welfare percentages, guaranteed floors with a shortfall policy, the reinvestment retention, the
/// ratio split between parties and the basis within each party — plus the caps it is checked against.
/// Built only from a validated rulebook (<see cref="Rulebooks.EconomyRulebookFile"/>).
/// </summary>
public sealed class DistributionPlan
{
    internal DistributionPlan(
        string id, string title, CooperativeKind kind, Rate reserve, Rate welfare, ImmutableArray<FloorRule> floors, ShortfallPolicy shortfall,
        Rate reinvestment, Money reinvestmentSharePrice, ImmutableArray<ShareClass> dividendClasses, Ratio split, ImmutableArray<SplitParty> parties,
        Rate maxMemberShare, Rate minPatronageReturn, LossRule lossRule, Ruicheng.Primitives.Rulebooks.RulebookReference rulebook)
    {
        Rulebook = rulebook;
        Id = id;
        Title = title;
        Kind = kind;
        Reserve = reserve;
        Welfare = welfare;
        Floors = floors;
        Shortfall = shortfall;
        Reinvestment = reinvestment;
        ReinvestmentSharePrice = reinvestmentSharePrice;
        DividendClasses = dividendClasses;
        Split = split;
        Parties = parties;
        MaxMemberShare = maxMemberShare;
        MinPatronageReturn = minPatronageReturn;
        LossRule = lossRule;
    }

    /// <summary>The rulebook (id and version) the plan belongs to.</summary>
    public Ruicheng.Primitives.Rulebooks.RulebookReference Rulebook { get; }

    /// <summary>The plan's id (its rulebook key).</summary>
    public string Id { get; }

    /// <summary>A human title.</summary>
    public string Title { get; }

    /// <summary>The cooperative's legal form.</summary>
    public CooperativeKind Kind { get; }

    /// <summary>The statutory reserve (公积金) rate on net income.</summary>
    public Rate Reserve { get; }

    /// <summary>The welfare fund (公益金) rate on net income.</summary>
    public Rate Welfare { get; }

    /// <summary>The guaranteed floors, in priority order.</summary>
    public ImmutableArray<FloorRule> Floors { get; }

    /// <summary>What happens when income does not cover the floors.</summary>
    public ShortfallPolicy Shortfall { get; }

    /// <summary>The share of the surplus after floors retained for reinvestment (重股再投资).</summary>
    public Rate Reinvestment { get; }

    /// <summary>The price of one new reinvestment share.</summary>
    public Money ReinvestmentSharePrice { get; }

    /// <summary>The share classes whose holders the reinvestment is withheld from, in proportion to their units.</summary>
    public ImmutableArray<ShareClass> DividendClasses { get; }

    /// <summary>The ratio between the parties, e.g. 8:1:1.</summary>
    public Ratio Split { get; }

    /// <summary>The parties, in ratio order.</summary>
    public ImmutableArray<SplitParty> Parties { get; }

    /// <summary>No member may hold more than this share of the dividend classes' units (practice: 20%).</summary>
    public Rate MaxMemberShare { get; }

    /// <summary>For a farmers' cooperative, the minimum share of distributable surplus returned by patronage (60%).</summary>
    public Rate MinPatronageReturn { get; }

    /// <summary>What happens in a loss year.</summary>
    public LossRule LossRule { get; }

    /// <summary>The rule id of one tranche of this plan, e.g. <c>cai-village.reserve</c>.</summary>
    /// <param name="part">The tranche or party.</param>
    public RuleId RuleFor(string part) => RuleId.From($"{Id}.{part}");
}
