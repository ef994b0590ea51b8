using Ruicheng.Shared.Validation;
using System.Globalization;
using FluentValidation;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Economy.Rulebooks;

/// <summary>Every rule an Economy rulebook file must follow, each failure with its code and JSON path.</summary>
internal sealed class EconomyRulebookValidator : AbstractValidator<EconomyRulebookDocument>
{
    internal static readonly Dictionary<string, Cooperatives.ShareClass> Classes = new(StringComparer.Ordinal)
    {
        ["land"] = Cooperatives.ShareClass.Land,
        ["guaranteed-floor"] = Cooperatives.ShareClass.GuaranteedFloor,
        ["pooled"] = Cooperatives.ShareClass.Pooled,
        ["split"] = Cooperatives.ShareClass.Split,
        ["reinvestment"] = Cooperatives.ShareClass.Reinvestment,
    };

    internal static readonly string[] Bases = ["shares", "patronage", "member", "retained"];

    public EconomyRulebookValidator()
    {
        RuleFor(d => d.Header).NotNull().WithErrorCode("rulebook.header.missing").SetValidator(new RulebookHeaderDocumentValidator()!);
        RuleFor(d => d.Plans).NotEmpty().WithErrorCode("economy.plans.missing").WithMessage("The rulebook has at least one distribution plan.");
        RuleFor(d => d.Plans).Must(p => p is null || p.Select(x => x.Id).Distinct().Count() == p.Count).WithErrorCode("economy.plan.duplicate")
            .WithMessage("Plan ids are unique.");
        RuleForEach(d => d.Plans).SetValidator(new PlanValidator());
        RuleForEach(d => d.Plans).Must((d, plan) => plan.ReservePercent >= MinimumOf(d, plan)?.ReservePercent).When(d => d.Minimums is not null)
            .WithErrorCode("economy.plan.reserve-minimum").WithMessage((d, plan) => string.Create(CultureInfo.InvariantCulture,
                $"Plan {plan.Id} withholds {plan.ReservePercent}% for the reserve; a {plan.Kind} withholds at least {MinimumOf(d, plan)?.ReservePercent}% ({d.Minimums?.Source})."));
        RuleForEach(d => d.Plans).Must((d, plan) => plan.WelfarePercent >= MinimumOf(d, plan)?.WelfarePercent).When(d => d.Minimums is not null)
            .WithErrorCode("economy.plan.welfare-minimum").WithMessage((d, plan) => string.Create(CultureInfo.InvariantCulture,
                $"Plan {plan.Id} withholds {plan.WelfarePercent}% for welfare; a {plan.Kind} withholds at least {MinimumOf(d, plan)?.WelfarePercent}% ({d.Minimums?.Source})."));
        RuleForEach(d => d.Enclaves).SetValidator(new EnclaveValidator());
        RuleFor(d => d.Enclaves).Must(e => e is null || e.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == e.Count)
            .WithErrorCode("economy.enclave.duplicate").WithMessage("Enclave project ids are unique.");
        RuleFor(d => d.CollectiveIncome).NotNull().WithErrorCode("economy.collective-income.missing").SetValidator(new CollectiveIncomeValidator()!);
    }

    internal static bool IsPercent(decimal value) => value is >= 0 and <= 100;

    /// <summary>The minimums for a plan's kind; a kind without minimums compares as 0%.</summary>
    private static KindMinimumsDocument? MinimumOf(EconomyRulebookDocument document, PlanDocument plan) =>
        (plan.Kind == "farmers-cooperative" ? document.Minimums?.FarmersCooperative : document.Minimums?.JointStock) ?? new KindMinimumsDocument();

    /// <summary>The parts of a ratio such as <c>8:1:1</c>; false for a malformed ratio or parts whose total exceeds <see cref="long"/>.</summary>
    internal static bool TryParts(string? ratio, out long[] parts)
    {
        parts = [];
        if (string.IsNullOrWhiteSpace(ratio))
        {
            return false;
        }

        var pieces = ratio.Replace('：', ':').Split(':', StringSplitOptions.TrimEntries);
        parts = new long[pieces.Length];
        long total = 0;
        for (var i = 0; i < pieces.Length; i++)
        {
            if (!long.TryParse(pieces[i], NumberStyles.None, CultureInfo.InvariantCulture, out parts[i]) || long.MaxValue - total < parts[i])
            {
                return false;
            }

            total += parts[i];
        }

        return true;
    }

    private sealed class PlanValidator : AbstractValidator<PlanDocument>
    {
        public PlanValidator()
        {
            RuleFor(p => p.Id).Must(id => RuleId.TryFrom(id, out _)).WithErrorCode("economy.plan.id.invalid").WithMessage("A plan has an id.");
            RuleFor(p => p.Title).NotEmpty().WithErrorCode("economy.plan.title.empty").WithMessage("A plan has a title.");
            RuleFor(p => p.Kind).Must(k => k is "farmers-cooperative" or "joint-stock").WithErrorCode("economy.plan.kind.unknown")
                .WithMessage("A plan's kind is 'farmers-cooperative' or 'joint-stock'.");
            RuleFor(p => p.ReservePercent).Must(IsPercent).WithErrorCode("economy.plan.percent-range").WithMessage("A percentage lies within 0–100.");
            RuleFor(p => p.WelfarePercent).Must(IsPercent).WithErrorCode("economy.plan.percent-range").WithMessage("A percentage lies within 0–100.");
            RuleFor(p => p.ReinvestmentPercent).Must(IsPercent).WithErrorCode("economy.plan.percent-range").WithMessage("A percentage lies within 0–100.");
            RuleFor(p => p.MaxMemberSharePercent).Must(v => v is > 0 and <= 100).WithErrorCode("economy.plan.percent-range").WithMessage("A member cap lies within 0–100 and is positive.");
            RuleFor(p => p.MinPatronageReturnPercent).Must(IsPercent).WithErrorCode("economy.plan.percent-range").WithMessage("A percentage lies within 0–100.");
            RuleFor(p => p.WelfarePercent)
                .Must((p, welfare) => p.ReservePercent + welfare <= 100)
                .When(p => IsPercent(p.ReservePercent) && IsPercent(p.WelfarePercent))
                .WithErrorCode("economy.plan.percentages-exceed-100")
                .WithMessage(p => string.Create(CultureInfo.InvariantCulture, $"Reserve ({p.ReservePercent}%) and welfare ({p.WelfarePercent}%) together exceed 100% of income."));
            RuleFor(p => p.ShortfallPolicy).Must(s => s is null or "pro-rata" or "priority-by-class").WithErrorCode("economy.plan.shortfall.unknown")
                .WithMessage("The shortfall policy is 'pro-rata' or 'priority-by-class'.");
            RuleFor(p => p.LossRule).Must(s => s is null or "no-floors" or "floors-from-reserves").WithErrorCode("economy.plan.loss-rule.unknown")
                .WithMessage("The loss rule is 'no-floors' or 'floors-from-reserves'.");
            RuleForEach(p => p.Floors).SetValidator(new FloorValidator());
            RuleFor(p => p.Floors).Must(f => f is null || f.Select(x => x.Class).Distinct(StringComparer.Ordinal).Count() == f.Count)
                .WithErrorCode("economy.floor.duplicate").WithMessage("A plan has at most one floor per share class.");
            RuleFor(p => p.DividendClasses).Must(c => c is null || c.Distinct(StringComparer.Ordinal).Count() == c.Count)
                .WithErrorCode("economy.share-class.duplicate").WithMessage("A share class is listed once.");
            RuleForEach(p => p.DividendClasses).Must(c => c is not null && Classes.ContainsKey(c)).WithErrorCode("economy.share-class.unknown")
                .WithMessage($"A share class is one of: {string.Join(", ", Classes.Keys)}.");
            RuleFor(p => p.ReinvestmentSharePrice).Must(v => v is { } price && price >= Money.OneFen).When(p => p.ReinvestmentPercent > 0).WithErrorCode("economy.plan.share-price")
                .WithMessage("A plan that reinvests gives a price for new reinvestment shares of at least 0.01 yuan.");
            RuleFor(p => p.Split).NotNull().WithErrorCode("economy.split.missing").SetValidator(new SplitValidator()!);
            RuleFor(p => p)
                .Must(PatronageReturnHolds)
                .When(p => p.Kind == "farmers-cooperative" && p.Split?.Parties is not null && TryParts(p.Split.Ratio, out var parts) && parts.Sum() > 0 && parts.Length == p.Split.Parties.Count)
                .WithName("Split")
                .OverridePropertyName("Split")
                .WithErrorCode("economy.plan.patronage-minimum")
                .WithMessage(p => string.Create(CultureInfo.InvariantCulture, $"A farmers' professional cooperative returns at least {p.MinPatronageReturnPercent}% of distributable surplus by patronage; this split returns {PatronagePercent(p):0.##}%."));
        }

        private static bool PatronageReturnHolds(PlanDocument plan) => PatronagePercent(plan) >= plan.MinPatronageReturnPercent;

        private static decimal PatronagePercent(PlanDocument plan)
        {
            TryParts(plan.Split!.Ratio, out var parts);
            var total = parts.Sum();
            var patronage = plan.Split.Parties!.Select((party, i) => party.Basis == "patronage" ? parts[i] : 0).Sum();
            return total == 0 ? 0 : patronage * 100m / total;
        }
    }

    private sealed class FloorValidator : AbstractValidator<FloorDocument>
    {
        public FloorValidator()
        {
            RuleFor(f => f.Class).Must(c => c is not null && Classes.ContainsKey(c)).WithErrorCode("economy.share-class.unknown")
                .WithMessage($"A share class is one of: {string.Join(", ", Classes.Keys)}.");
            RuleFor(f => f.YuanPerUnit).Must(v => v!.Value >= Money.Zero).When(f => f.YuanPerUnit is not null).WithErrorCode("economy.floor.negative")
                .WithMessage("A guaranteed floor is not negative.");
            RuleFor(f => f.YieldPercent).Must(v => IsPercent(v!.Value)).When(f => f.YieldPercent is not null).WithErrorCode("economy.plan.percent-range")
                .WithMessage("A percentage lies within 0–100.");
            RuleFor(f => f.UnitCapital).Must(v => v!.Value >= Money.Zero).When(f => f.UnitCapital is not null).WithErrorCode("economy.floor.negative")
                .WithMessage("A share's capital is not negative.");
            RuleFor(f => f).Must(f => (f.YuanPerUnit is not null) != (f.UnitCapital is not null && f.YieldPercent is not null))
                .WithName("Floor").OverridePropertyName("YuanPerUnit")
                .WithErrorCode("economy.floor.basis").WithMessage("A floor gives either yuanPerUnit, or unitCapital with yieldPercent.");
        }
    }

    private sealed class SplitValidator : AbstractValidator<SplitDocument>
    {
        public SplitValidator()
        {
            RuleFor(s => s.Ratio).Must(r => TryParts(r, out _)).WithErrorCode("economy.split.ratio.format")
                .WithMessage("A ratio is whole non-negative parts separated by ':', e.g. 8:1:1.")
                .DependentRules(() =>
                {
                    RuleFor(s => s.Ratio).Must(r => TryParts(r, out var parts) && parts.Sum() > 0).WithErrorCode("economy.split.ratio.zero-total")
                        .WithMessage("A ratio's parts must not all be zero.");
                    RuleFor(s => s.Parties).Must((s, parties) => parties is not null && TryParts(s.Ratio, out var parts) && parts.Length == parties.Count)
                        .WithErrorCode("economy.split.party-count").WithMessage("A split names one party per ratio part.");
                });
            RuleForEach(s => s.Parties).SetValidator(new PartyValidator());
            RuleFor(s => s.Parties).Must(p => p is null || p.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == p.Count)
                .WithErrorCode("economy.split.party.duplicate").WithMessage("Party ids in a split are unique.");
        }
    }

    private sealed class PartyValidator : AbstractValidator<PartyDocument>
    {
        public PartyValidator()
        {
            RuleFor(p => p.Id).Must(id => RuleId.TryFrom(id, out _)).WithErrorCode("economy.split.party.id.invalid").WithMessage("A party has an id.");
            RuleFor(p => p.Basis).Must(b => Bases.Contains(b)).WithErrorCode("economy.split.basis.unknown")
                .WithMessage($"A party's basis is one of: {string.Join(", ", Bases)}.");
            RuleFor(p => p.Member).Must(m => RuleId.TryFrom(m, out _)).When(p => p.Basis == "member").WithErrorCode("economy.split.member.missing")
                .WithMessage("A party paid to one member names the member.");
            RuleFor(p => p.Classes).NotEmpty().When(p => p.Basis == "shares").WithErrorCode("economy.split.classes.missing")
                .WithMessage("A party divided by shares lists the share classes that count.");
            RuleForEach(p => p.Classes).Must(c => c is not null && Classes.ContainsKey(c)).WithErrorCode("economy.share-class.unknown")
                .WithMessage("Unknown share class.");
        }
    }

    private sealed class EnclaveValidator : AbstractValidator<EnclaveDocument>
    {
        public EnclaveValidator()
        {
            RuleFor(e => e.Id).Must(id => RuleId.TryFrom(id, out _)).WithErrorCode("economy.enclave.id.invalid").WithMessage("An enclave project has an id.");
            RuleFor(e => e.Host).Must(h => UnitId.TryFrom(h, out _)).WithErrorCode("economy.enclave.host.invalid").WithMessage("An enclave project names its host village's unit id.");
            RuleFor(e => e.Area).GreaterThan(0).WithErrorCode("economy.enclave.area").WithMessage("An enclave project covers a positive area in mu.");
            RuleFor(e => e.HostFeePerMu).Must(v => v >= Money.Zero).WithErrorCode("economy.enclave.fee").WithMessage("The host's land fee is not negative.");
            RuleFor(e => e.Members).NotEmpty().WithErrorCode("economy.enclave.members.missing").WithMessage("An enclave project has member villages.");
            RuleForEach(e => e.Members).Must(m => UnitId.TryFrom(m.Village, out _) && m.Contribution > Money.Zero).WithErrorCode("economy.enclave.member.invalid")
                .WithMessage("A member names a village and a positive contribution.");
            RuleFor(e => e.Members).Must((e, members) => members is null || (members.Select(m => m.Village).Distinct(StringComparer.Ordinal).Count() == members.Count && members.All(m => m.Village != e.Host)))
                .WithErrorCode("economy.enclave.members.distinct").WithMessage("Member villages are distinct and do not include the host.");
            RuleFor(e => e.ReturnMethod).Must(m => m is "by-contribution" or "fixed-return").WithErrorCode("economy.enclave.method.unknown")
                .WithMessage("The return method is 'by-contribution' or 'fixed-return'.");
            RuleFor(e => e.FixedReturnPercent).NotNull().When(e => e.ReturnMethod == "fixed-return").WithErrorCode("economy.enclave.fixed-return.missing")
                .WithMessage("A fixed-return project states its return rate.");
            RuleFor(e => e.FixedReturnPercent).Must(v => IsPercent(v!.Value)).When(e => e.FixedReturnPercent is not null).WithErrorCode("economy.plan.percent-range")
                .WithMessage("A percentage lies within 0–100.");
        }
    }

    private sealed class CollectiveIncomeValidator : AbstractValidator<CollectiveIncomeDocument>
    {
        public CollectiveIncomeValidator()
        {
            RuleFor(c => c.WeakBelow).Must(v => v > Money.Zero).WithErrorCode("economy.collective.weak-threshold").WithMessage("The weak-village threshold is positive.");
            RuleForEach(c => c.Milestones).Must(v => v > Money.Zero).WithErrorCode("economy.collective.milestone").WithMessage("A milestone is positive.");
        }
    }
}
