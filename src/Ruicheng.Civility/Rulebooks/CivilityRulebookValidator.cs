using Ruicheng.Shared.Validation;
using FluentValidation;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Civility.Rulebooks;

/// <summary>Every rule a Civility rulebook file must follow, each failure with its code and JSON path.</summary>
internal sealed class CivilityRulebookValidator : AbstractValidator<CivilityRulebookDocument>
{
    internal static readonly string[] Periods = ["day", "month", "quarter", "year"];
    internal static readonly string[] TierNames = ["D", "C", "B", "A", "AA", "AAA"];

    /// <summary>The civic-event effect that reverses the ledger entry an event names.</summary>
    internal const string ReverseEntryEffect = "reverse-entry";

    /// <summary>The longest publication notice period: 365 days.</summary>
    internal const int MaxNoticeDays = 365;

    private static readonly string ScoreRange = $"within ±{CivilityLimits.MaxScoreMagnitude:N0}";

    private static readonly string DateRange = $"from {CivilTime.EarliestDate:uuuu-MM-dd} to {CivilTime.LatestDate:uuuu-MM-dd}";

    private static bool IsScore(long value) => Math.Abs((decimal)value) <= CivilityLimits.MaxScoreMagnitude;


    public CivilityRulebookValidator()
    {
        RuleFor(d => d.Header).NotNull().WithErrorCode("rulebook.header.missing").SetValidator(new RulebookHeaderDocumentValidator()!);
        RuleFor(d => d.Categories).NotEmpty().WithErrorCode("civility.categories.missing").WithMessage("The rulebook lists points categories.");
        RuleForEach(d => d.Categories).SetValidator(new CategoryValidator());
        RuleFor(d => d.Categories).Must(c => c is null || c.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == c.Count)
            .WithErrorCode("civility.category.duplicate").WithMessage("Category ids are unique.");
        RuleFor(d => d.Rules).NotEmpty().WithErrorCode("civility.rules.missing").WithMessage("The rulebook lists points rules.");
        RuleFor(d => d.Rules).Must(r => r is null || r.Count <= CivilityLimits.MaxRuleVersions).WithErrorCode("civility.rules.too-many")
            .WithMessage($"A rulebook has at most {CivilityLimits.MaxRuleVersions:N0} rule versions.");
        RuleFor(d => d.Covenant).Must(c => c is null || c.Select(x => x.Kind).Distinct(StringComparer.Ordinal).Count() == c.Count)
            .WithErrorCode("civility.covenant.kind.duplicate").WithMessage("Each ceremony kind has one standard.");
        RuleForEach(d => d.Rules).SetValidator(d => new RuleValidator(d.Categories?.Select(c => c.Id).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? []));
        RuleForEach(d => d.Rules).Must((d, rule) => !OverlapsAnotherVersion(d.Rules!, rule)).WithErrorCode("civility.rule.versions-overlap")
            .WithMessage("Two versions of one rule are in force on the same day.");
        RuleFor(d => d.Expiry).NotNull().WithErrorCode("civility.expiry.missing").SetValidator(new ExpiryValidator()!);
        RuleFor(d => d.Publication).NotNull().WithErrorCode("civility.publication.missing");
        RuleFor(d => d.Publication!.NoticeDays).GreaterThanOrEqualTo(0).When(d => d.Publication is not null).WithErrorCode("civility.publication.notice-negative")
            .WithMessage("The notice period is zero or more days.");
        RuleFor(d => d.Publication!.NoticeDays).LessThanOrEqualTo(MaxNoticeDays).When(d => d.Publication is not null).WithErrorCode("civility.publication.notice-range")
            .WithMessage($"The notice period is at most {MaxNoticeDays} days.");
        RuleForEach(d => d.Covenant).SetValidator(d => new CeremonyValidator(d.Rules?.Select(r => r.Id).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? []));
        RuleFor(d => d.Credit).NotNull().WithErrorCode("civility.credit.missing").SetValidator(new CreditValidator()!);
        RuleForEach(d => d.CivicEvents).Must((d, e) => RuleId.TryFrom(e.Kind, out _)
                && (e.Effect is null ? d.Rules is not null && d.Rules.Any(r => r.Id == e.Rule) : e.Rule is null && e.Effect == ReverseEntryEffect))
            .WithErrorCode("civility.civic-event.rule")
            .WithMessage($"A civic event kind maps either to a points rule the rulebook defines ('rule') or to the effect '{ReverseEntryEffect}' ('effect'), not both.");
        RuleFor(d => d.CivicEvents).Must(e => e is null || e.Select(x => x.Kind).Distinct(StringComparer.Ordinal).Count() == e.Count)
            .WithErrorCode("civility.civic-event.duplicate").WithMessage("Each civic event kind maps to one rule.");
        RuleFor(d => d.Lists!).SetValidator(d => new ListsValidator(d.Rules?.Where(r => r is not null).ToList() ?? [])).When(d => d.Lists is not null);
    }

    private sealed class ListsValidator : AbstractValidator<ListsDocument>
    {
        public ListsValidator(List<RuleDocument> rules)
        {
            RuleFor(l => l.Period).Must(p => p is "month" or "quarter" or "year").WithErrorCode("civility.lists.period.unknown")
                .WithMessage("The lists' period is month, quarter or year.");
            RuleFor(l => l.Red).NotNull().WithErrorCode("civility.lists.red.missing").WithMessage("The lists say who may appear on the red list.");
            RuleFor(l => l.Red!.MinHonourPoints).GreaterThan(0).When(l => l.Red is not null).WithErrorCode("civility.lists.red.minimum")
                .WithMessage("The red list's minimum is at least one counted point.");
            RuleFor(l => l.Red!.MinHonourPoints).Must(IsScore).When(l => l.Red is not null).WithErrorCode("civility.lists.red.range")
                .WithMessage($"The red list's minimum is {ScoreRange}.");
            RuleForEach(l => l.Red!.HonourRules).Must(id => rules.Any(r => r.Id == id && r.Points > 0)).When(l => l.Red?.HonourRules is not null)
                .WithErrorCode("civility.lists.red.rule").WithMessage("A red-list honour is an award rule the rulebook defines.");
            RuleFor(l => l.Black).NotNull().WithErrorCode("civility.lists.black.missing").WithMessage("The lists say who may appear on the black list.");
            RuleFor(l => l.Black!.DeductionRules).NotEmpty().When(l => l.Black is not null).WithErrorCode("civility.lists.black.rules")
                .WithMessage("The black list names at least one deduction rule.");
            RuleForEach(l => l.Black!.DeductionRules).Must(id => rules.Any(r => r.Id == id && r.Points < 0)).When(l => l.Black?.DeductionRules is not null)
                .WithErrorCode("civility.lists.black.rule").WithMessage("A black-list kind is a deduction rule the rulebook defines.");
        }
    }

    private static bool OverlapsAnotherVersion(List<RuleDocument> rules, RuleDocument rule) =>
        rule.EffectiveFrom is { } from && rules.Any(other => !ReferenceEquals(other, rule) && other.Id == rule.Id && other.EffectiveFrom is { } otherFrom
            && from <= (other.EffectiveTo ?? NodaTime.LocalDate.MaxIsoValue) && otherFrom <= (rule.EffectiveTo ?? NodaTime.LocalDate.MaxIsoValue));

    private sealed class CapValidator : AbstractValidator<CapDocument>
    {
        public CapValidator()
        {
            RuleFor(c => c.Period).Must(p => Periods.Contains(p)).WithErrorCode("civility.cap.period.unknown").WithMessage("A cap period is day, month, quarter or year.");
            RuleFor(c => c.Max).GreaterThanOrEqualTo(0).WithErrorCode("civility.cap.negative").WithMessage("A cap is zero or more points.");
            RuleFor(c => c.Max).Must(IsScore).WithErrorCode("civility.cap.range").WithMessage($"A cap is {ScoreRange} points.");
        }
    }

    private sealed class CategoryValidator : AbstractValidator<CategoryDocument>
    {
        public CategoryValidator()
        {
            RuleFor(c => c.Id).Must(id => RuleId.TryFrom(id, out _)).WithErrorCode("civility.category.id.invalid").WithMessage("A category has an id.");
            RuleFor(c => c.Chinese).NotEmpty().WithErrorCode("civility.category.name.empty").WithMessage("A category has a Chinese name.");
            RuleForEach(c => c.Caps).SetValidator(new CapValidator());
            RuleFor(c => c.Caps).Must(OnePerPeriod).WithErrorCode("civility.cap.period.duplicate").WithMessage("A category has at most one cap per period.");
        }
    }

    private static bool OnePerPeriod(List<CapDocument>? caps) =>
        caps is null || caps.Where(c => c is not null).GroupBy(c => c.Period, StringComparer.Ordinal).All(g => g.Count() == 1);

    private sealed class RuleValidator : AbstractValidator<RuleDocument>
    {
        public RuleValidator(HashSet<string> categories)
        {
            RuleFor(r => r.Id).Must(id => RuleId.TryFrom(id, out _)).WithErrorCode("civility.rule.id.invalid").WithMessage("A rule has an id.");
            RuleFor(r => r.Category).Must(categories.Contains!).WithErrorCode("civility.rule.category.unknown").WithMessage("A rule belongs to a category the rulebook defines.");
            RuleFor(r => r.Chinese).NotEmpty().WithErrorCode("civility.rule.name.empty").WithMessage("A rule says, in Chinese, what it is for.");
            RuleFor(r => r.Points).NotEqual(0).WithErrorCode("civility.rule.points.zero").WithMessage("A rule awards or deducts points.");
            RuleFor(r => r.Points).InclusiveBetween(-CivilityLimits.MaxPointsPerEntry, CivilityLimits.MaxPointsPerEntry).WithErrorCode("civility.rule.points.range")
                .WithMessage($"A rule gives at most ±{CivilityLimits.MaxPointsPerEntry:N0} points per unit (the most one entry may carry).");
            RuleFor(r => r.Unit).Must(u => u is "occurrence" or "hour").WithErrorCode("civility.rule.unit.unknown").WithMessage("A rule counts per occurrence or per hour.");
            RuleFor(r => r.HourRounding).Must(h => h is "whole-hours-only" or "half-hour-up").When(r => r.Unit == "hour")
                .WithErrorCode("civility.rule.hour-rounding.missing").WithMessage("A per-hour rule states how partial hours count: whole-hours-only or half-hour-up.");
            RuleForEach(r => r.Caps).SetValidator(new CapValidator());
            RuleFor(r => r.Caps).Must(OnePerPeriod).WithErrorCode("civility.cap.period.duplicate").WithMessage("A rule has at most one cap per period.");
            RuleFor(r => r.EffectiveFrom).NotNull().WithErrorCode("civility.rule.effective.missing").WithMessage("A rule says when it comes into force.");
            RuleFor(r => r.EffectiveFrom).Must(d => d is null || CivilTime.IsSupported(d.Value)).WithErrorCode("civility.rule.effective.range")
                .WithMessage($"A rule's dates lie {DateRange}.");
            RuleFor(r => r.EffectiveTo).Must(d => d is null || CivilTime.IsSupported(d.Value)).WithErrorCode("civility.rule.effective.range")
                .WithMessage($"A rule's dates lie {DateRange}.");
            RuleFor(r => r.EffectiveTo).GreaterThanOrEqualTo(r => r.EffectiveFrom).When(r => r.EffectiveTo is not null && r.EffectiveFrom is not null)
                .WithErrorCode("civility.rule.effective.reversed").WithMessage("A rule cannot end before it starts.");
        }
    }

    private sealed class ExpiryValidator : AbstractValidator<ExpiryDocument>
    {
        public ExpiryValidator()
        {
            RuleFor(e => e.HonourWindowMonths).InclusiveBetween(1, 120).WithErrorCode("civility.expiry.window").WithMessage("The honour window is 1–120 months.");
            RuleFor(e => e.SpendableResetsOn).Must(s => MonthDay(s) is not null).WithErrorCode("civility.expiry.reset-date")
                .WithMessage("The spendable reset date is written MM-DD, e.g. 12-31.");
        }
    }

    internal static (int Month, int Day)? MonthDay(string? text)
    {
        if (text is not { Length: 5 } || text[2] != '-' || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]) || !char.IsAsciiDigit(text[3]) || !char.IsAsciiDigit(text[4]))
        {
            return null;
        }

        var month = ((text[0] - '0') * 10) + (text[1] - '0');
        var day = ((text[3] - '0') * 10) + (text[4] - '0');

        return month is >= 1 and <= 12 && day >= 1 && day <= NodaTime.CalendarSystem.Iso.GetDaysInMonth(2001, month) ? (month, day) : null;
    }

    private sealed class CeremonyValidator : AbstractValidator<CeremonyDocument>
    {
        public CeremonyValidator(HashSet<string> rules)
        {
            RuleFor(c => c.Kind).Must(k => RuleId.TryFrom(k, out _)).WithErrorCode("civility.covenant.kind.invalid").WithMessage("A ceremony standard names its kind.");
            RuleFor(c => c.MaxTables).GreaterThanOrEqualTo(0).WithErrorCode("civility.covenant.negative").WithMessage("A covenant cap is not negative.");
            RuleFor(c => c.MaxCars).GreaterThanOrEqualTo(0).WithErrorCode("civility.covenant.negative").WithMessage("A covenant cap is not negative.");
            RuleFor(c => c.MaxCostPerTableRural).Must(v => v is null || v.Value >= Money.Zero).WithErrorCode("civility.covenant.negative").WithMessage("A covenant cap is not negative.");
            RuleFor(c => c.MaxCostPerTableUrban).Must(v => v is null || v.Value >= Money.Zero).WithErrorCode("civility.covenant.negative").WithMessage("A covenant cap is not negative.");
            RuleFor(c => c.MaxBridePrice).Must(v => v is null || v.Value >= Money.Zero).WithErrorCode("civility.covenant.negative").WithMessage("A covenant cap is not negative.");
            RuleFor(c => c.MaxGiftVillager).Must(v => v is null || v.Value >= Money.Zero).WithErrorCode("civility.covenant.negative").WithMessage("A covenant cap is not negative.");
            RuleFor(c => c.MaxGiftRelative).Must(v => v is null || v.Value >= Money.Zero).WithErrorCode("civility.covenant.negative").WithMessage("A covenant cap is not negative.");
            RuleFor(c => c.BreachRule).Must(rules.Contains!).WithErrorCode("civility.covenant.rule.unknown").WithMessage("A breach triggers a points rule the rulebook defines.");
            RuleFor(c => c.SimpleCeremonyRule).Must(rules.Contains!).When(c => c.SimpleCeremonyRule is not null).WithErrorCode("civility.covenant.rule.unknown")
                .WithMessage("A simple ceremony earns a points rule the rulebook defines.");
        }
    }

    private sealed class CreditValidator : AbstractValidator<CreditDocument>
    {
        public CreditValidator()
        {
            RuleFor(c => c.BaseScore).Must(IsScore).WithErrorCode("civility.credit.base-score.range").WithMessage($"The base score is {ScoreRange}.");
            RuleForEach(c => c.Tiers).Must(t => (t.Min is null || IsScore(t.Min.Value)) && (t.Max is null || IsScore(t.Max.Value)))
                .WithErrorCode("civility.credit.tier.range").WithMessage($"A tier's bounds are {ScoreRange}.");
            RuleFor(c => c.Tiers).Must(RanksRiseWithScores).When(c => c.Tiers is { Count: > 0 } && c.Tiers.All(t => TierNames.Contains(t.Tier)))
                .WithErrorCode("civility.credit.tiers.rank-order").WithMessage("A higher band of scores has a higher tier (D < C < B < A < AA < AAA).");
            RuleFor(c => c.Vetoes).Must(v => v is null || v.Select(x => x.Code).Distinct(StringComparer.Ordinal).Count() == v.Count)
                .WithErrorCode("civility.credit.veto.duplicate").WithMessage("Veto codes are unique.");
            RuleFor(c => c.Benefits).Must(b => b is null || b.Select(x => x.Tier).Distinct(StringComparer.Ordinal).Count() == b.Count)
                .WithErrorCode("civility.credit.benefit.duplicate").WithMessage("A tier has one set of benefits.");
            RuleFor(c => c.Tiers).NotEmpty().WithErrorCode("civility.credit.tiers.missing").WithMessage("The credit policy has tiers.");
            RuleForEach(c => c.Tiers).Must(t => TierNames.Contains(t.Tier)).WithErrorCode("civility.credit.tier.unknown").WithMessage("A tier is one of D, C, B, A, AA, AAA.");
            RuleForEach(c => c.Tiers).Must(t => t.Min is null || t.Max is null || t.Min <= t.Max).WithErrorCode("civility.credit.tier.reversed")
                .WithMessage("A tier's minimum is not above its maximum.");
            RuleFor(c => c.Tiers).Must(BandsTileTheLine).When(c => c.Tiers is { Count: > 0 } && c.Tiers.All(t => t.Min is null || t.Max is null || t.Min <= t.Max))
                .WithErrorCode("civility.credit.tiers.overlap")
                .WithMessage("Tier bands must cover every score exactly once: one open-ended bottom, one open-ended top, each band starting one above the previous band's maximum.");
            RuleForEach(c => c.Tiers).Must((c, t) => c.Tiers!.Count(x => x.Tier == t.Tier) == 1).WithErrorCode("civility.credit.tier.duplicate")
                .WithMessage("Each tier appears once.");
            RuleForEach(c => c.Vetoes).Must(v => RuleId.TryFrom(v.Code, out _) && TierNames.Contains(v.CapTier)).WithErrorCode("civility.credit.veto.invalid")
                .WithMessage("A veto has a code and a tier it caps at.");
            RuleForEach(c => c.Benefits).Must(b => TierNames.Contains(b.Tier) && b.CreditLine >= Money.Zero && b.InterestDiscountPercent is >= 0 and <= 100)
                .WithErrorCode("civility.credit.benefit.invalid").WithMessage("A benefit names a tier, a non-negative credit line and a discount within 0–100%.");
        }

        private static bool RanksRiseWithScores(List<TierDocument>? tiers)
        {
            var ordered = tiers!.OrderBy(t => t.Min ?? long.MinValue).Select(t => Array.IndexOf(TierNames, t.Tier)).ToList();
            return ordered.Zip(ordered.Skip(1)).All(pair => pair.First < pair.Second);
        }

        private static bool BandsTileTheLine(List<TierDocument>? tiers)
        {
            var ordered = tiers!.OrderBy(t => t.Min ?? long.MinValue).ToList();
            if (ordered[0].Min is not null || ordered[^1].Max is not null)
            {
                return false;
            }

            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i - 1].Max is not { } previousMax || previousMax == long.MaxValue || ordered[i].Min != previousMax + 1)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
