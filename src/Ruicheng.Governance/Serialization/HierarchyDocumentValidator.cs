using FluentValidation;
using Ruicheng.Governance.Hierarchy;

namespace Ruicheng.Governance.Serialization;

/// <summary>The shape rules of a hierarchy file: each entry complete and well-formed. Structure is checked by the hierarchy itself.</summary>
internal sealed class HierarchyDocumentValidator : AbstractValidator<HierarchyDocument>
{
    internal static readonly string[] KindNames = ["county", "town", "township", "village", "community", "grid"];
    internal static readonly string[] OriginNames = ["real", "sample"];

    public HierarchyDocumentValidator()
    {
        RuleFor(d => d.Units).NotEmpty().WithErrorCode("hierarchy.units.missing").WithMessage("A hierarchy file lists its units.");
        RuleForEach(d => d.Units).NotNull().WithErrorCode("hierarchy.unit.null").SetValidator(new UnitDocumentValidator()!);
        RuleForEach(d => d.Households).NotNull().WithErrorCode("hierarchy.household.null").SetValidator(new HouseholdDocumentValidator()!);
        RuleForEach(d => d.Memberships).NotNull().WithErrorCode("hierarchy.membership.null").SetValidator(new MembershipDocumentValidator()!);
    }

    internal static bool IsId(string? text) => RuleId.TryFrom(text, out _);

    private sealed class UnitDocumentValidator : AbstractValidator<UnitDocument>
    {
        public UnitDocumentValidator()
        {
            RuleFor(u => u.Id).Must(IsId).WithErrorCode("hierarchy.id.invalid").WithMessage("A unit id is 1–64 characters without whitespace.");
            RuleFor(u => u.Code).Must(c => DivisionCode.TryParse(c, out _)).WithErrorCode("hierarchy.code.format")
                .WithMessage("A division code has 6, 9, 12 or 15 digits.");
            RuleFor(u => u.Name).NotEmpty().WithErrorCode("hierarchy.name.empty").WithMessage("A unit has a Chinese name.");
            RuleFor(u => u.Kind).Must(k => KindNames.Contains(k)).WithErrorCode("hierarchy.kind.unknown")
                .WithMessage($"A unit kind is one of: {string.Join(", ", KindNames)}.");
            RuleFor(u => u.Parent).Must(IsId).When(u => u.Parent is not null).WithErrorCode("hierarchy.id.invalid")
                .WithMessage("A parent id is 1–64 characters without whitespace.");
            RuleFor(u => u.Origin).Must(o => OriginNames.Contains(o)).When(u => u.Origin is not null).WithErrorCode("hierarchy.origin.unknown")
                .WithMessage("A unit's origin is 'real' or 'sample'.");
        }
    }

    private sealed class HouseholdDocumentValidator : AbstractValidator<HouseholdDocument>
    {
        public HouseholdDocumentValidator()
        {
            RuleFor(h => h.Id).Must(IsId).WithErrorCode("hierarchy.household.id.invalid").WithMessage("A household id is 1–64 characters without whitespace.");
            RuleFor(h => h.Grid).Must(IsId).WithErrorCode("hierarchy.household.grid").WithMessage("A household names its grid.");
        }
    }

    private sealed class MembershipDocumentValidator : AbstractValidator<MembershipDocument>
    {
        public MembershipDocumentValidator()
        {
            RuleFor(m => m.Resident).Must(IsId).WithErrorCode("hierarchy.membership.resident.invalid").WithMessage("A membership names its resident.");
            RuleFor(m => m.Household).Must(IsId).WithErrorCode("hierarchy.membership.household-unknown").WithMessage("A membership names its household.");
            RuleFor(m => m.From).NotNull().WithErrorCode("hierarchy.membership.dates").WithMessage("A membership has a first day.");
        }
    }
}
