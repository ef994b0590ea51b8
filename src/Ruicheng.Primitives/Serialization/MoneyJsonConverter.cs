using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ruicheng.Primitives.Serialization;

/// <summary>
/// Money as a JSON string of yuan: an optional minus, integer digits, and at most two decimals (<c>"1234.56"</c>,
/// <c>"800"</c>, <c>"-0.5"</c>), within <see cref="Money"/>'s range, so every amount round-trips. The shipped schemas
/// state the stricter document form <c>^[0-9]{1,16}(\.[0-9]{1,2})?$</c> (no sign, up to 16 integer digits), and
/// documents are checked against them first. Never a JSON number (schemas and readers would go through
/// floating point), never rounded.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <summary>The pattern the schemas state for money, and the converter enforces.</summary>
    internal const string Pattern = "^-?[0-9]{1,17}(\\.[0-9]{1,2})?$";

    private static readonly System.Text.RegularExpressions.Regex Shape = new(Pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is null || !Shape.IsMatch(text)
            || !decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var yuan)
            || !Money.TryFromYuan(yuan, out var money))
        {
            throw new JsonException($"An amount of money is a string of yuan with at most two decimals, e.g. \"1234.56\", from \"{Money.MinValue.ToPlainString()}\" to \"{Money.MaxValue.ToPlainString()}\".");
        }

        return money;
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToPlainString());
}
