using System.Reflection;
using System.Text.Json;

namespace Ruicheng.Architecture.Tests;

/// <summary>
/// Issue 17: eleven hand-copied id structs had drifted (messages, out-parameter names, validity). Every id is now
/// generated from one declaration; this checks that every public id in every package behaves the same way.
/// </summary>
public class IdConsistencyTests
{
    public static TheoryData<Type> Ids
    {
        get
        {
            var data = new TheoryData<Type>();
            foreach (var type in new[] { "Ruicheng.Primitives", "Ruicheng.Governance", "Ruicheng.Economy", "Ruicheng.Civility" }
                         .SelectMany(a => Assembly.Load(a).GetExportedTypes())
                         .Where(t => t.IsValueType && t.GetCustomAttributes().Any(a => a.GetType().Name == "StringIdAttribute")))
            {
                data.Add(type);
            }

            return data;
        }
    }

    [Fact]
    public void EveryIdOfEveryPackage_IsGenerated() => Assert.Equal(11, Ids.Count);

    [Theory]
    [MemberData(nameof(Ids))]
    public void AnId_AcceptsAndRefusesTheSameTexts_AndRoundTripsAsAJsonString(Type id)
    {
        var from = id.GetMethod("From", [typeof(string)])!;
        var tryFrom = id.GetMethod("TryFrom")!;
        Assert.Equal("id", tryFrom.GetParameters()[1].Name);
        foreach (var good in new[] { "a", "140830103201", "dawang.jinpen.g1", "民情收集员", new string('x', 64) })
        {
            var value = from.Invoke(null, [good])!;
            Assert.Equal(good, value.ToString());
            var json = JsonSerializer.Serialize(value, id);
            Assert.Equal(JsonSerializer.Serialize(good), json);
            Assert.Equal(value, JsonSerializer.Deserialize(json, id));
        }

        foreach (var bad in new[] { "", " ", "a b", "tab\there", new string('x', 65), "line\nbreak" })
        {
            var args = new object?[] { bad, null };
            Assert.False((bool)tryFrom.Invoke(null, args)!);
            var thrown = Assert.Throws<TargetInvocationException>(() => from.Invoke(null, [bad]));
            Assert.IsType<ArgumentException>(thrown.InnerException);
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(JsonSerializer.Serialize(bad), id));
        }

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("42", id));
        var unset = Activator.CreateInstance(id)!;
        Assert.True((bool)id.GetProperty("IsDefault")!.GetValue(unset)!);
        Assert.Equal(string.Empty, unset.ToString());
    }

    [Fact]
    public void Ids_AreDictionaryKeysInJson()
    {
        var map = new Dictionary<Ruicheng.Primitives.UnitId, int> { [Ruicheng.Primitives.UnitId.From("dawang")] = 12 };
        var json = JsonSerializer.Serialize(map);
        Assert.Equal("""{"dawang":12}""", json);
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<Ruicheng.Primitives.UnitId, int>>(json));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void AnId_ConvertsThroughItsGeneratedInterface_AsAStoreDoes(Type id)
    {
        Assert.Contains(typeof(Ruicheng.Primitives.IStringId<>).MakeGenericType(id), id.GetInterfaces());
        var viaInterface = typeof(IdConsistencyTests).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(id);
        Assert.Equal("dawang.jinpen.g1", viaInterface.Invoke(null, ["dawang.jinpen.g1"]));
        Assert.Null(viaInterface.Invoke(null, ["not an id"]));
    }

    private static string? RoundTrip<TId>(string text)
        where TId : struct, Ruicheng.Primitives.IStringId<TId> =>
        TId.TryFrom(text, out var id) ? ((Ruicheng.Primitives.IStringId)TId.From(id.Value)).Value : null;
}
