using Ruicheng.Shared.Validation;
using FluentValidation;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Governance.Rulebooks;

/// <summary>Every rule a Governance rulebook file must follow, each failure with its code and path.</summary>
internal sealed class GovernanceRulebookValidator : AbstractValidator<GovernanceRulebookDocument>
{
    internal static readonly Dictionary<string, Disputes.DisputeStage> Stages = new(StringComparer.Ordinal)
    {
        ["negotiation"] = Disputes.DisputeStage.Negotiation,
        ["administrative"] = Disputes.DisputeStage.Administrative,
        ["litigation"] = Disputes.DisputeStage.Litigation,
    };

    internal static readonly Dictionary<string, Disputes.ActorRole> Roles =
        Enum.GetValues<Disputes.ActorRole>().ToDictionary(r => Kebab(r.ToString()), StringComparer.Ordinal);

    internal static readonly Dictionary<string, Hierarchy.UnitLevel> Levels =
        Enum.GetValues<Hierarchy.UnitLevel>().ToDictionary(l => Kebab(l.ToString()), StringComparer.Ordinal);

    internal static readonly Dictionary<string, NodaTime.IsoDayOfWeek> Days =
        Enum.GetValues<NodaTime.IsoDayOfWeek>().Where(d => d != NodaTime.IsoDayOfWeek.None).ToDictionary(d => Kebab(d.ToString()), StringComparer.Ordinal);

    /// <summary>The most extensions a tier may allow.</summary>
    internal const int MaxExtensions = 10;

    public GovernanceRulebookValidator()
    {
        RuleFor(d => d.Header).NotNull().WithErrorCode("rulebook.header.missing").SetValidator(new RulebookHeaderDocumentValidator()!);
        RuleFor(d => d.Posts).NotEmpty().WithErrorCode("governance.posts.missing").WithMessage("The rulebook lists the governance posts.");
        RuleForEach(d => d.Posts).SetValidator(new NamedValidator("governance.post"));
        RuleForEach(d => d.IssueCategories).SetValidator(new NamedValidator("governance.issue-category"));
        RuleFor(d => d.Posts).Must(Distinct).WithErrorCode("governance.post.duplicate").WithMessage("Post ids are unique.");
        RuleFor(d => d.IssueCategories).Must(Distinct).WithErrorCode("governance.issue-category.duplicate").WithMessage("Issue category ids are unique.");
        RuleFor(d => d.Ladders).Must(l => l is null || l.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == l.Count)
            .WithErrorCode("governance.ladder.duplicate").WithMessage("Ladder ids are unique.");
        RuleFor(d => d.CaseTypes).Must(c => c is null || c.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == c.Count)
            .WithErrorCode("governance.case-type.duplicate").WithMessage("Case type ids are unique.");
        RuleFor(d => d.Calendar).NotNull().WithErrorCode("governance.calendar.missing").SetValidator(new CalendarValidator()!);
        RuleFor(d => d.Ladders).NotEmpty().WithErrorCode("governance.ladders.missing").WithMessage("The rulebook has at least one escalation ladder.");
        RuleForEach(d => d.Ladders).SetValidator(d => new LadderValidator(d.CaseTypes?.Select(c => c.Id).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? []));
        RuleFor(d => d.CaseTypes).NotEmpty().WithErrorCode("governance.case-types.missing").WithMessage("The rulebook lists dispute case types.");
        RuleForEach(d => d.CaseTypes).SetValidator(d => new CaseTypeValidator(d.Ladders ?? []));
        RuleFor(d => d.CourtConfirmationWindow).NotNull().WithErrorCode("governance.court-confirmation.missing").SetValidator(new LimitValidator()!);
    }

    internal static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static bool Distinct(List<NamedDocument>? items) =>
        items is null || items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() == items.Count;

    private sealed class NamedValidator : AbstractValidator<NamedDocument>
    {
        public NamedValidator(string code)
        {
            RuleFor(n => n.Id).Must(id => RuleId.TryFrom(id, out _)).WithErrorCode(code + ".id.invalid").WithMessage("An id is 1–64 characters without whitespace.");
            RuleFor(n => n.Chinese).NotEmpty().WithErrorCode(code + ".name.empty").WithMessage("A Chinese name is required.");
            RuleFor(n => n.English).NotEmpty().WithErrorCode(code + ".name.empty").WithMessage("An English name is required.");
        }
    }

    private sealed class CalendarValidator : AbstractValidator<CalendarDocument>
    {
        public CalendarValidator()
        {
            RuleForEach(c => c.RestDays).Must(d => d is not null && Days.ContainsKey(d)).WithErrorCode("governance.calendar.rest-day.unknown")
                .WithMessage("A rest day is a weekday name such as 'saturday'.");
            RuleFor(c => c.RestDays).Must(r => r is null || r.Distinct().Count() < 7).WithErrorCode("governance.calendar.no-working-day")
                .WithMessage("At least one weekday is a working day.");
            RuleFor(c => c.Years).NotEmpty().WithErrorCode("governance.calendar.years.missing").WithMessage("A calendar states the years it covers.");
            RuleForEach(c => c.Holidays).Must((c, d) => c.Years is null || c.Years.Contains(d.Year)).WithErrorCode("governance.calendar.date.year")
                .WithMessage("A holiday lies in a year the calendar covers.");
            RuleForEach(c => c.AdjustedWorkingDays).Must((c, d) => c.Years is null || c.Years.Contains(d.Year)).WithErrorCode("governance.calendar.date.year")
                .WithMessage("A make-up working day lies in a year the calendar covers.");
            RuleForEach(c => c.Holidays).Must(CivilTime.IsSupported).WithErrorCode("governance.calendar.date.range")
                .WithMessage($"A calendar date lies from {CivilTime.EarliestDate:uuuu-MM-dd} to {CivilTime.LatestDate:uuuu-MM-dd}.");
            RuleForEach(c => c.AdjustedWorkingDays).Must(CivilTime.IsSupported).WithErrorCode("governance.calendar.date.range")
                .WithMessage($"A calendar date lies from {CivilTime.EarliestDate:uuuu-MM-dd} to {CivilTime.LatestDate:uuuu-MM-dd}.");
            RuleForEach(c => c.AdjustedWorkingDays).Must((c, d) => c.Holidays is null || !c.Holidays.Contains(d))
                .WithErrorCode("governance.calendar.holiday-and-working").WithMessage("A date cannot be both a holiday and an adjusted working day.");
        }
    }

    private sealed class LimitValidator : AbstractValidator<LimitDocument>
    {
        public LimitValidator()
        {
            RuleFor(l => l.Days).GreaterThanOrEqualTo(0).WithErrorCode("governance.limit.negative").WithMessage("A time limit is zero or more days.");
            RuleFor(l => l.Days).LessThanOrEqualTo(Calendars.TimeLimit.MaxDays).WithErrorCode("governance.limit.range")
                .WithMessage($"A time limit is at most {Calendars.TimeLimit.MaxDays:N0} days.");
            RuleFor(l => l.Unit).Must(u => u is "working-days" or "calendar-days").WithErrorCode("governance.limit.unit.unknown")
                .WithMessage("A time limit's unit is 'working-days' or 'calendar-days'.");
        }
    }

    private sealed class LadderValidator : AbstractValidator<LadderDocument>
    {
        public LadderValidator(HashSet<string> caseTypes)
        {
            RuleFor(l => l.Id).Must(id => RuleId.TryFrom(id, out _)).WithErrorCode("governance.ladder.id.invalid").WithMessage("A ladder has an id.");
            RuleFor(l => l.AcceptWithin).NotNull().WithErrorCode("governance.ladder.accept.missing").SetValidator(new LimitValidator()!);
            RuleFor(l => l.Tiers).NotEmpty().WithErrorCode("governance.ladder.tiers.missing").WithMessage("A ladder has tiers.");
            RuleFor(l => l.Tiers).Must(t => t is null || t.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == t.Count)
                .WithErrorCode("governance.tier.duplicate").WithMessage("Tier ids within a ladder are unique.");
            RuleForEach(l => l.Tiers).SetValidator(l => new TierValidator(caseTypes, l));
        }

        internal static bool StageOrderHolds(LadderDocument ladder, TierDocument tier)
        {
            var index = ladder.Tiers!.IndexOf(tier);
            return index == 0 || !Stages.TryGetValue(tier.Stage ?? string.Empty, out var stage)
                || !Stages.TryGetValue(ladder.Tiers[index - 1].Stage ?? string.Empty, out var previous) || stage >= previous;
        }
    }

    private sealed class TierValidator : AbstractValidator<TierDocument>
    {
        public TierValidator(HashSet<string> caseTypes, LadderDocument ladder)
        {
            RuleFor(t => t.Stage).Must(s => Stages.ContainsKey(s ?? string.Empty)).WithErrorCode("governance.tier.stage.unknown")
                .WithMessage("A tier's stage is negotiation, administrative or litigation.")
                .DependentRules(() => RuleFor(t => t.Stage).Must((t, _) => LadderValidator.StageOrderHolds(ladder, t))
                    .WithErrorCode("governance.ladder.stage-order")
                    .WithMessage("Stages never go backwards along a ladder (negotiation → administrative → litigation)."));
            RuleFor(t => t.Id).Must(id => RuleId.TryFrom(id, out _)).WithErrorCode("governance.tier.id.invalid").WithMessage("A tier has an id.");
            RuleFor(t => t.Body).NotEmpty().WithErrorCode("governance.tier.body.empty").WithMessage("A tier names the body that handles it.");
            RuleFor(t => t.BodyChinese).NotEmpty().WithErrorCode("governance.tier.body.empty").WithMessage("A tier names its body in Chinese.");
            RuleFor(t => t.Handler).Must(r => r is not null && Roles.ContainsKey(r)).WithErrorCode("governance.tier.handler.unknown")
                .WithMessage($"A tier's handler is one of: {string.Join(", ", Roles.Keys)}.");
            RuleFor(t => t.Level).Must(l => l is not null && Levels.ContainsKey(l)).WithErrorCode("governance.tier.level.unknown")
                .WithMessage("A tier's level is county, township, village or grid.");
            RuleFor(t => t.Limit).SetValidator(new LimitValidator()!);
            RuleFor(t => t.Limit).NotNull().When(t => t.Stage != "litigation").WithErrorCode("governance.tier.limit.missing")
                .WithMessage("Every tier before litigation has a time limit.");
            RuleFor(t => t.Extensions).GreaterThanOrEqualTo(0).WithErrorCode("governance.tier.extensions.negative").WithMessage("Extensions allowed are zero or more.");
            RuleFor(t => t.Extensions).LessThanOrEqualTo(MaxExtensions).WithErrorCode("governance.tier.extensions.range")
                .WithMessage($"A tier allows at most {MaxExtensions} extensions.");
            RuleFor(t => t.Extension).NotNull().When(t => t.Extensions > 0).WithErrorCode("governance.tier.extension.missing")
                .WithMessage("A tier that allows extensions says how long one is.").SetValidator(new LimitValidator()!);
            RuleFor(t => t.RequestNextWithin).SetValidator(new LimitValidator()!);
            RuleForEach(t => t.SkippableFor).Must(caseTypes.Contains).WithErrorCode("governance.case-type.unknown")
                .WithMessage("A tier may be skipped only by a case type the rulebook defines.");
        }
    }

    private sealed class CaseTypeValidator : AbstractValidator<CaseTypeDocument>
    {
        public CaseTypeValidator(List<LadderDocument> ladders)
        {
            RuleFor(c => c.Id).Must(id => RuleId.TryFrom(id, out _)).WithErrorCode("governance.case-type.id.invalid").WithMessage("A case type has an id.");
            RuleFor(c => c.Chinese).NotEmpty().WithErrorCode("governance.case-type.name.empty").WithMessage("A case type has a Chinese name.");
            RuleFor(c => c.Ladder).Must(l => ladders.Any(x => x.Id == l)).WithErrorCode("governance.case-type.ladder.unknown")
                .WithMessage("A case type follows a ladder the rulebook defines.");
            RuleFor(c => c.EntryTier)
                .Must((c, tier) => tier is null || ladders.FirstOrDefault(x => x.Id == c.Ladder)?.Tiers?.Any(t => t.Id == tier) == true)
                .WithErrorCode("governance.case-type.entry-tier.unknown").WithMessage("A case type enters at a tier of its ladder.");
            RuleFor(c => c.ComplexityLimits!.Simple).NotNull().SetValidator(new LimitValidator()!).When(c => c.ComplexityLimits is not null)
                .WithErrorCode("governance.case-type.complexity.missing").WithMessage("A case type that sorts by complexity gives the simple, ordinary and complex limits.");
            RuleFor(c => c.ComplexityLimits!.Ordinary).NotNull().SetValidator(new LimitValidator()!).When(c => c.ComplexityLimits is not null)
                .WithErrorCode("governance.case-type.complexity.missing").WithMessage("A case type that sorts by complexity gives the simple, ordinary and complex limits.");
            RuleFor(c => c.ComplexityLimits!.Complex).NotNull().SetValidator(new LimitValidator()!).When(c => c.ComplexityLimits is not null)
                .WithErrorCode("governance.case-type.complexity.missing").WithMessage("A case type that sorts by complexity gives the simple, ordinary and complex limits.");
            RuleForEach(c => c.ExemptStages).Must(s => s is not null && Stages.ContainsKey(s) && s != "litigation")
                .WithErrorCode("governance.case-type.exempt-stage.unknown").WithMessage("A case type may be exempt from the negotiation or administrative stage.");
        }
    }
}
