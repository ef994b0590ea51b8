using Ruicheng.Primitives.Serialization;

namespace Ruicheng.Civility.Rulebooks;

/// <summary>Reads the package's embedded resources.</summary>
internal static class Resources
{
    internal static string Read(string name) => EmbeddedText.Read(typeof(Resources).Assembly, $"Ruicheng.Civility.Data.{name}");
}
