using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ruicheng.Primitives.Serialization;

/// <summary>Money as a JSON number of yuan (<c>1234.56</c>); more than two decimals is an error, never rounded.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        decimal yuan;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            yuan = number;
        }
        else if (reader.TokenType == JsonTokenType.String && Money.TryParse(reader.GetString(), out var parsed))
        {
            return parsed;
        }
        else
        {
            throw new JsonException($"An amount of money must be a number of yuan with at most two decimals, from {Money.MinValue.ToPlainString()} to {Money.MaxValue.ToPlainString()}.");
        }

        try
        {
            return Money.FromYuan(yuan);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
        catch (OverflowException exception)
        {
            throw new JsonException($"{yuan.ToString(System.Globalization.CultureInfo.InvariantCulture)} yuan is beyond what Money holds ({Money.MinValue.ToPlainString()} to {Money.MaxValue.ToPlainString()} yuan).", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.ToPlainString());
}
