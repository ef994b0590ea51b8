using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ruicheng.Primitives.Serialization;

/// <summary>Money as a JSON number of yuan (<c>1234.56</c>); more than two decimals is an error, never rounded.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var yuan = reader.TokenType switch
        {
            JsonTokenType.Number => reader.GetDecimal(),
            JsonTokenType.String when Money.TryParse(reader.GetString(), out var parsed) => parsed.Yuan,
            _ => throw new JsonException("An amount of money must be a number of yuan with at most two decimals."),
        };
        try
        {
            return Money.FromYuan(yuan);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.ToPlainString());
}
