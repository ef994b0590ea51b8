using System.Text.Json.Nodes;

namespace Ruicheng.TestUtilities;

/// <summary>Edits a JSON document as a node tree, for tests that break one thing in a valid document.</summary>
public static class JsonEdit
{
    /// <summary>The document after <paramref name="change"/>.</summary>
    /// <param name="json">A valid document.</param>
    /// <param name="change">The edit.</param>
    public static string Apply(string json, Action<JsonNode> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var document = JsonNode.Parse(json)!;
        change(document);
        return document.ToJsonString();
    }

    /// <summary>Sets <paramref name="property"/> of the object at <paramref name="target"/> to a raw JSON value.</summary>
    /// <param name="json">A valid document.</param>
    /// <param name="target">Finds the object to edit.</param>
    /// <param name="property">The property.</param>
    /// <param name="rawValue">The value as JSON text, e.g. <c>1e20</c> or <c>"x"</c>.</param>
    public static string Set(string json, Func<JsonNode, JsonNode> target, string property, string rawValue)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Apply(json, d => target(d)[property] = JsonNode.Parse(rawValue));
    }

    /// <summary>Appends a copy of the array's element at <paramref name="index"/> (so its id repeats).</summary>
    /// <param name="json">A valid document.</param>
    /// <param name="array">Finds the array.</param>
    /// <param name="index">The element to copy.</param>
    public static string Repeat(string json, Func<JsonNode, JsonNode> array, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(array);
        return Apply(json, d =>
        {
            var items = array(d).AsArray();
            items.Add(items[index]!.DeepClone());
        });
    }
}
