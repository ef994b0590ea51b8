namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>Quantities are positive: whole occurrences, hours, or points spent.</summary>
public sealed class QuantityMustBeValidRule : EntryRule
{
    private QuantityMustBeValidRule()
    {
    }

    /// <summary>The rule's stable id: <c>ledger.quantity.invalid</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.quantity.invalid");

    /// <summary>The rule, as <see cref="EntryRules"/> lists it.</summary>
    public static QuantityMustBeValidRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a positive quantity: whole occurrences or hours within what one entry may carry, or whole points spent";

    internal override RuleViolation? Check(EntryCheck check)
    {
        var draft = check.Draft;
        var quantity = draft.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (draft.Kind == EntryKind.Redemption)
        {
            return draft.Quantity <= 0 || decimal.Truncate(draft.Quantity) != draft.Quantity || draft.Quantity > long.MaxValue
                ? RuleViolation.At(Id, check.Path, "A redemption spends a positive whole number of points.", quantity)
                : null;
        }

        var rule = check.Rule!;
        if (draft.Quantity <= 0 || (rule.Unit == Points.PointsUnit.Occurrence && decimal.Truncate(draft.Quantity) != draft.Quantity))
        {
            return RuleViolation.At(Id, check.Path, $"Quantity {draft.Quantity} is not a positive number of {rule.Unit}s.", quantity);
        }

        return CivilityLimits.TryPointsFor(rule, draft.Quantity, out _)
            ? null
            : RuleViolation.At(
                Id, check.Path, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Quantity {draft.Quantity} × {rule.Points} points is beyond the ±{CivilityLimits.MaxPointsPerEntry:N0} points one entry may carry."),
                quantity, Figure.Of("maxPointsPerEntry", CivilityLimits.MaxPointsPerEntry));
    }

    /// <summary>
    /// When the corrected quantity text <paramref name="quantity"/> of the civic event <paramref name="civic"/> is a
    /// decimal (digits with an optional point, invariant culture): the value in <paramref name="corrected"/> and null;
    /// else the violation at <paramref name="path"/>. Its sign and size are checked when the corrected entry is appended.
    /// </summary>
    internal static RuleViolation? CheckCivicQuantity(CivicEvent civic, string quantity, string path, out decimal corrected) =>
        decimal.TryParse(quantity, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out corrected)
            ? null
            : RuleViolation.At(Id, path, $"Civic event {civic} gives quantity '{quantity}', not a decimal.", quantity);
}
