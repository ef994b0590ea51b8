using System.Globalization;
using System.Text.Json;

namespace Ruicheng.Cli.Tests;

/// <summary>Reads amounts from the tool's JSON: money is a decimal string of yuan, other figures plain numbers.</summary>
internal static class JsonAmounts
{
    public static decimal GetAmount(this JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? decimal.Parse(element.GetString()!, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : element.GetDecimal();
}
