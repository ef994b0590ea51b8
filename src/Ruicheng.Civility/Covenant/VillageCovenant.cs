using System.Collections.Immutable;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Covenant;

/// <summary>
/// Checks ceremony declarations against the village covenant (村规民约) in the rulebook. A breach triggers the
/// covenant's deduction rule (points, loss of perks, a reputation entry — never a fine); a registered ceremony
/// within every standard earns the simple-ceremony award.
/// </summary>
public static class VillageCovenant
{
    /// <summary>The code of a ceremony kind the covenant does not cover.</summary>
    public static RuleId UnknownCeremonyCode { get; } = RuleId.From("covenant.kind.unknown");

    /// <summary>Checks a declaration.</summary>
    /// <param name="rulebook">The rulebook.</param>
    /// <param name="declaration">The declaration.</param>
    public static CovenantCheck Check(CivilityRulebook rulebook, CeremonyDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(declaration);
        var standard = rulebook.StandardFor(declaration.Kind);
        if (standard is null)
        {
            return new CovenantCheck([RuleViolation.At(UnknownCeremonyCode, "kind", $"The covenant has no standard for '{declaration.Kind}'.", declaration.Kind)], null);
        }

        var violations = ImmutableArray.CreateBuilder<RuleViolation>();
        var deduction = Figure.Of("triggers", standard.BreachRule);
        void Over(string code, string field, string what, long actual, long? limit)
        {
            if (limit is { } max && actual > max)
            {
                violations.Add(RuleViolation.At(RuleId.From($"covenant.{standard.Kind}.{code}"), field, $"{actual} {what} > {max} allowed.", actual.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Figure.Of("limit", max), Figure.Of("actual", actual), deduction));
            }
        }

        void OverMoney(string code, string field, string what, Money actual, Money? limit)
        {
            if (limit is { } max && actual > max)
            {
                violations.Add(RuleViolation.At(RuleId.From($"covenant.{standard.Kind}.{code}"), field, $"{what} {actual} > {max} allowed.", actual.ToPlainString(),
                    Figure.Of("limit", max), Figure.Of("actual", actual), deduction));
            }
        }

        Over("max-tables", "tables", "tables", declaration.Tables, standard.MaxTables);
        OverMoney("max-cost-per-table", "costPerTable", declaration.Urban ? "cost per table (urban)" : "cost per table (rural)", declaration.CostPerTable,
            declaration.Urban ? standard.MaxCostPerTableUrban : standard.MaxCostPerTableRural);
        OverMoney("max-bride-price", "bridePrice", "bride price", declaration.BridePrice, standard.MaxBridePrice);
        OverMoney("max-gift-villager", "largestGiftFromVillager", "gift from a villager", declaration.LargestGiftFromVillager, standard.MaxGiftVillager);
        OverMoney("max-gift-relative", "largestGiftFromRelative", "gift from a relative", declaration.LargestGiftFromRelative, standard.MaxGiftRelative);
        Over("max-cars", "cars", "wedding cars", declaration.Cars, standard.MaxCars);
        if (standard.RegistrationRequired && !declaration.RegisteredBeforehand)
        {
            violations.Add(RuleViolation.At(RuleId.From($"covenant.{standard.Kind}.registration"), "registeredBeforehand",
                "The ceremony was not registered with the red-white council (红白理事会) beforehand.", "false", deduction));
        }

        var triggered = violations.Count > 0 ? standard.BreachRule
            : declaration.RegisteredBeforehand ? standard.SimpleCeremonyRule
            : null;
        return new CovenantCheck(violations.ToImmutable(), triggered);
    }
}
