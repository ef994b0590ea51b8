using Ruicheng.Shared.Validation;
using System.Collections.Immutable;
using Ruicheng.Economy.Collective;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.Primitives.Validation;

namespace Ruicheng.Economy.Rulebooks;

/// <summary>
/// Loads an Economy rulebook from JSON (schema: <see cref="Schema"/>, packed as
/// <c>ruicheng schema economy-rulebook</c>; a copy is packed under <c>content/schemas/</c>), schema first — see
/// <see cref="Ruicheng.Primitives.Validation.ValidatedDocument"/> —, reporting every problem at once with its JSON path.
/// Nothing can be distributed from an invalid plan: an invalid file yields no plan at all.
/// </summary>
public static class EconomyRulebookFile
{
    /// <summary>The JSON schema of Economy rulebooks.</summary>
    public static string Schema => Resources.Read("economy-rulebook.schema.json");

    private static readonly DocumentSchema Shape = DocumentSchema.Parse(Resources.Read("economy-rulebook.schema.json"));

    /// <summary>The built-in Ruicheng rulebook's JSON.</summary>
    public static string RuichengJsonText => Resources.Read("ruicheng-economy-rulebook.json");

    /// <summary>Loads and validates a rulebook.</summary>
    /// <param name="json">The rulebook's text.</param>
    /// <returns>The rulebook, or every violation.</returns>
    public static Result<EconomyRulebook> Load(string json) =>
        DocumentLoader.Load(json, Shape, new EconomyRulebookValidator(), Build).Map(rulebook => rulebook.WithDocument(json));

    /// <summary>The built-in Ruicheng Economy rulebook: Cai village's five-share plan and the Tianyuan Guiju (田园归居) herbal cooperative's 8:1:1.</summary>
    /// <exception cref="InvalidOperationException">The embedded rulebook does not validate (a packaging bug).</exception>
    public static EconomyRulebook LoadRuicheng() => ValidatedDocument.Require(Load(RuichengJsonText), "Economy rulebook");

    private static EconomyRulebook Build(EconomyRulebookDocument document)
    {
        var header = document.Header!.ToHeader();
        var plans = document.Plans!.Select(p => new DistributionPlan(
            p.Id!,
            p.Title!,
            p.Kind == "farmers-cooperative" ? CooperativeKind.FarmersCooperative : CooperativeKind.JointStock,
            Rate.FromPercent(p.ReservePercent),
            Rate.FromPercent(p.WelfarePercent),
            (p.Floors ?? []).Select(Floor).ToImmutableArray(),
            p.ShortfallPolicy == "priority-by-class" ? ShortfallPolicy.PriorityByClass : ShortfallPolicy.ProRata,
            Rate.FromPercent(p.ReinvestmentPercent),
            p.ReinvestmentSharePrice ?? Money.FromYuan(1m),
            (p.DividendClasses ?? []).Select(c => EconomyRulebookValidator.Classes[c]).ToImmutableArray(),
            Ratio.Parse(p.Split!.Ratio!),
            p.Split.Parties!.Select(Party).ToImmutableArray(),
            Rate.FromPercent(p.MaxMemberSharePercent),
            Rate.FromPercent(p.MinPatronageReturnPercent),
            p.LossRule == "floors-from-reserves" ? LossRule.FloorsFromReserves : LossRule.NoFloors,
            header.Reference)).ToImmutableArray();
        var income = document.CollectiveIncome!;
        return new EconomyRulebook(
            header,
            plans,
            new CollectiveIncomeThresholds(income.WeakBelow, (income.Milestones ?? []).Order().ToImmutableArray()),
            MinimumsOf(document.Minimums),
            [.. (document.Enclaves ?? []).Select(e => Enclaves.EnclaveProject.Create(
                e.Id!, e.Name ?? e.Id!, UnitId.From(e.Host!), Land.Mu.Of(e.Area), e.HostFeePerMu,
                e.Members!.Select(m => new Enclaves.EnclaveMember(UnitId.From(m.Village!), m.Contribution)),
                e.ReturnMethod == "fixed-return" ? Enclaves.EnclaveReturnMethod.FixedReturn : Enclaves.EnclaveReturnMethod.ByContribution,
                Rate.FromPercent(e.FixedReturnPercent ?? 0m)).PinnedTo(header.Reference))]);
    }

    private static ImmutableDictionary<CooperativeKind, PlanMinimums> MinimumsOf(MinimumsDocument? minimums)
    {
        var result = ImmutableDictionary.CreateBuilder<CooperativeKind, PlanMinimums>();
        foreach (var (kind, figures) in new[] { (CooperativeKind.JointStock, minimums?.JointStock), (CooperativeKind.FarmersCooperative, minimums?.FarmersCooperative) })
        {
            if (figures is not null)
            {
                result[kind] = new PlanMinimums(Rate.FromPercent(figures.ReservePercent), Rate.FromPercent(figures.WelfarePercent), minimums!.Source ?? string.Empty);
            }
        }

        return result.ToImmutable();
    }

    private static FloorRule Floor(FloorDocument floor)
    {
        var shareClass = EconomyRulebookValidator.Classes[floor.Class!];
        if (floor.YuanPerUnit is { } perUnit)
        {
            return new FloorRule(shareClass, perUnit, floor.Description ?? $"{perUnit} per unit");
        }

        var yearly = floor.UnitCapital!.Value.Yuan * floor.YieldPercent!.Value / 100m;
        return new FloorRule(shareClass, Money.FromYuan(yearly, FenRounding.TowardZero), floor.Description ?? $"{floor.YieldPercent}% of {floor.UnitCapital} yuan");
    }

    private static SplitParty Party(PartyDocument party) => new(
        party.Id!,
        party.Basis switch
        {
            "shares" => SplitBasis.Shares,
            "patronage" => SplitBasis.Patronage,
            "member" => SplitBasis.Member,
            _ => SplitBasis.Retained,
        },
        party.Member is null ? null : MemberId.From(party.Member),
        (party.Classes ?? []).Select(c => EconomyRulebookValidator.Classes[c]).ToImmutableArray());
}
