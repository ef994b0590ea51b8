using Ruicheng.Primitives.Serialization;

namespace Ruicheng.Governance.Serialization;

/// <summary>Reads the package's embedded resources.</summary>
internal static class Resources
{
    internal static string Read(string name) => EmbeddedText.Read(typeof(Resources).Assembly, $"Ruicheng.Governance.Data.{name}");
}
