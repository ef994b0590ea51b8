using Ruicheng.Primitives.Rulebooks;
using Ruicheng.Primitives;
using FluentValidation;

namespace Ruicheng.Shared.Validation;

/// <summary>The rules every rulebook header follows; used by each package's rulebook validator.</summary>
internal sealed class RulebookHeaderDocumentValidator : AbstractValidator<RulebookHeaderDocument>
{
    /// <summary>Creates the validator.</summary>
    public RulebookHeaderDocumentValidator()
    {
        RuleFor(h => h.Id).Must(id => RulebookId.TryFrom(id, out _)).WithErrorCode("rulebook.id.invalid")
            .WithMessage("A rulebook id is 1–64 characters without whitespace.");
        RuleFor(h => h.Version).Must(v => RulebookVersion.TryParse(v, out _)).WithErrorCode("rulebook.version.invalid")
            .WithMessage("A rulebook version is major.minor, starting at 1.0.");
        RuleFor(h => h.Title).NotEmpty().WithErrorCode("rulebook.title.empty").WithMessage("A rulebook has a title.");
        RuleFor(h => h.Jurisdiction).Must(j => UnitId.TryFrom(j, out _)).WithErrorCode("rulebook.jurisdiction.invalid")
            .WithMessage("A rulebook names the unit that adopted it.");
        RuleFor(h => h.EffectiveFrom).NotNull().WithErrorCode("rulebook.effective.missing").WithMessage("A rulebook says when it comes into force.");
        RuleFor(h => h.EffectiveFrom).Must(d => d is null || CivilTime.IsSupported(d.Value)).WithErrorCode("rulebook.effective.range")
            .WithMessage($"A rulebook's dates lie from {CivilTime.EarliestDate:uuuu-MM-dd} to {CivilTime.LatestDate:uuuu-MM-dd}.");
        RuleFor(h => h.EffectiveTo).Must(d => d is null || CivilTime.IsSupported(d.Value)).WithErrorCode("rulebook.effective.range")
            .WithMessage($"A rulebook's dates lie from {CivilTime.EarliestDate:uuuu-MM-dd} to {CivilTime.LatestDate:uuuu-MM-dd}.");
        RuleFor(h => h.EffectiveTo).GreaterThanOrEqualTo(h => h.EffectiveFrom).When(h => h.EffectiveTo is not null && h.EffectiveFrom is not null)
            .WithErrorCode("rulebook.effective.reversed").WithMessage("A rulebook cannot end before it starts.");
    }
}
