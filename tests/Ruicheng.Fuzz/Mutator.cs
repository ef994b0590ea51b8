using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ruicheng.Fuzz;

/// <summary>
/// Seeded mutations of a document: JSON-aware edits (replace a value with an edge value, copy a value from elsewhere so
/// ids collide, duplicate or drop an array element or a property, repeat a key), CSV-aware edits (drop, repeat or
/// swap rows, blank lines, quotes, extra or missing fields, edge values in a field) and raw byte edits (including bytes
/// that are not UTF-8). Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class Mutator
{
    private static readonly string[] EdgeNumbers =
    [
        "0", "-0", "-1", "1", "0.001", "0.005", "1.005", "20000.005", "12.3456789012", "1e20", "1e-30", "-1e20", "2147483647", "2147483648",
        "4294967296", "524288", "1000000", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "79228162514264337593543950335",
        "1E400", "0.1", "99999999999999.99", "92233720368547758.07", "4096", "36500", "3650000",
    ];

    private static readonly string[] EdgeStrings =
    [
        "", " ", "x", "9999-12-31", "0001-01-01", "+1-31", "02-30", "12-31", "00-00", "13-01", "2026-02-29", "2024-02-29", "2026-06-30T00:00:00Z",
        "9999-12-31T23:59:59Z", "-0", "1e20", "9223372036854775807:1:1", "8:1:1", "0:0", "1:-1", "a,b", "\"", "中文", "R,1", "\u0000", "null",
        "month", "quarter", "year", "day", "week", "hour", "occurrence", "AAA", "D", "calendar", "working", new string('x', 300),
    ];

    private static readonly string[] Junk = ["\"", ",", "\n", "\r\n", "{", "}", "[", "]", ":", "-", "0", ".", "e", "\\", "\t", "中", "\u00A0", "\uFEFF"];

    /// <summary>One to four stacked mutations of a JSON document.</summary>
    public static byte[] MutateJson(Random random, string seed)
    {
        var text = seed;
        var rounds = random.Next(3) == 0 ? 2 + random.Next(3) : 1;
        for (var i = 0; i < rounds; i++)
        {
            text = random.Next(10) switch
            {
                < 7 => Structural(random, text) ?? Textual(random, text),
                8 => RepeatKey(random, text),
                _ => Textual(random, text),
            };
        }

        return random.Next(40) == 0 ? RawBytes(random, Encoding.UTF8.GetBytes(text)) : Encoding.UTF8.GetBytes(text);
    }

    /// <summary>One to four stacked mutations of a CSV file.</summary>
    public static byte[] MutateCsv(Random random, string seed)
    {
        var lines = seed.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();
        var rounds = random.Next(3) == 0 ? 2 + random.Next(3) : 1;
        for (var i = 0; i < rounds; i++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(12))
            {
                case 0 when lines.Count > 1:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    lines.Insert(at, random.Next(2) == 0 ? string.Empty : "   ");
                    break;
                case 3:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case 4:
                    lines[at] += "," + Pick(random, EdgeStrings);
                    break;
                case 5:
                    var cut = lines[at].LastIndexOf(',');
                    lines[at] = cut < 0 ? string.Empty : lines[at][..cut];
                    break;
                case 6:
                    lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), "\"");
                    break;
                case 7:
                    var quoted = lines[at].Split(',');
                    var f = random.Next(quoted.Length);
                    quoted[f] = "\"" + quoted[f].Replace("\"", "\"\"", StringComparison.Ordinal) + (random.Next(2) == 0 ? ",x" : string.Empty) + "\"";
                    lines[at] = string.Join(',', quoted);
                    break;
                default:
                    var fields = lines[at].Split(',');
                    var field = random.Next(fields.Length);
                    fields[field] = random.Next(2) == 0 ? Pick(random, EdgeNumbers) : Pick(random, EdgeStrings);
                    lines[at] = string.Join(',', fields);
                    break;
            }
        }

        var joined = string.Join(random.Next(8) == 0 ? "\r\n" : "\n", lines) + (random.Next(2) == 0 ? "\n" : string.Empty);
        var bytes = Encoding.UTF8.GetBytes(joined);
        return random.Next(12) == 0 ? RawBytes(random, bytes) : bytes;
    }

    private static string? Structural(Random random, string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }

        if (root is null)
        {
            return null;
        }

        var nodes = new List<JsonNode>();
        try
        {
            Collect(root, nodes);
        }
        catch (ArgumentException)
        {
            // A repeated key (from an earlier round) cannot be represented as a JSON node.
            return null;
        }

        var target = nodes[random.Next(nodes.Count)];
        var parent = target.Parent;
        switch (random.Next(9))
        {
            case 0 when parent is JsonArray array:
                array.Insert(array.IndexOf(target), target.DeepClone());
                break;
            case 1 when parent is JsonArray array:
                array.Remove(target);
                break;
            case 2 when parent is JsonObject obj:
                obj.Remove(target.GetPropertyName());
                break;
            case 3 when parent is not null:
                // Copy another value of the same JSON kind here, so ids, dates and references collide.
                var sameKind = nodes.Where(n => n.GetValueKind() == target.GetValueKind() && n != target).ToList();
                Replace(target, sameKind.Count == 0 ? null : sameKind[random.Next(sameKind.Count)].DeepClone());
                break;
            case 4 when parent is not null:
                Replace(target, null);
                break;
            case 5 when parent is not null:
                Replace(target, JsonNode.Parse(Pick(random, EdgeNumbers)));
                break;
            case 6 when parent is not null:
                Replace(target, JsonValue.Create(Pick(random, EdgeStrings)));
                break;
            case 7 when parent is not null && target.GetValueKind() == JsonValueKind.Number:
                var longer = target.ToJsonString() + Pick(random, ["0", "00000", "000000000000", ".5", ".001", "e10"]);
                try
                {
                    Replace(target, JsonNode.Parse(longer));
                }
                catch (JsonException)
                {
                    return null;
                }

                break;
            case 8 when parent is not null:
                Replace(target, random.Next(3) switch { 0 => new JsonArray(), 1 => new JsonObject(), _ => JsonValue.Create(random.Next(2) == 0) });
                break;
            default:
                return null;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = random.Next(2) == 0, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        into.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, into);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, into);
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode target, JsonNode? value)
    {
        switch (target.Parent)
        {
            case JsonObject obj:
                obj[target.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[array.IndexOf(target)] = value;
                break;
        }
    }

    /// <summary>Repeats a property inside its object with an edge value: <c>"points": 5, "points": -50</c>.</summary>
    private static string RepeatKey(Random random, string text)
    {
        var keys = new List<int>();
        for (var i = text.IndexOf("\":", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\":", i + 2, StringComparison.Ordinal))
        {
            keys.Add(i);
        }

        if (keys.Count == 0)
        {
            return Textual(random, text);
        }

        var colon = keys[random.Next(keys.Count)];
        var open = text.LastIndexOf('"', colon - 1);
        if (open < 0)
        {
            return Textual(random, text);
        }

        var name = text[open..(colon + 1)];
        return text.Insert(open, $"{name}: {Pick(random, EdgeNumbers)}, ");
    }

    private static string Textual(Random random, string text)
    {
        if (text.Length == 0)
        {
            return Pick(random, Junk);
        }

        var at = random.Next(text.Length);
        var length = Math.Min(text.Length - at, 1 + random.Next(16));
        return random.Next(5) switch
        {
            0 => text.Remove(at, length),
            1 => text.Insert(at, text.Substring(random.Next(text.Length - length + 1), length)),
            2 => text.Insert(at, Pick(random, Junk)),
            3 => text[..at],
            _ => text.Remove(at, 1).Insert(at, Pick(random, Junk)),
        };
    }

    private static byte[] RawBytes(Random random, byte[] bytes)
    {
        var list = bytes.ToList();
        var at = random.Next(list.Count + 1);
        byte[][] invalid = [[0xC3, 0x28], [0xB2, 0xE2], [0xFF], [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0x00]];
        list.InsertRange(at, invalid[random.Next(invalid.Length)]);
        return [.. list];
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
