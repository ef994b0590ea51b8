using System.Reflection;

namespace Ruicheng.Primitives.Serialization;

/// <summary>Reads text a package embeds (its JSON schemas and built-in Ruicheng data).</summary>
public static class EmbeddedText
{
    /// <summary>Reads an embedded resource as UTF-8 text.</summary>
    /// <param name="assembly">The assembly that embeds it.</param>
    /// <param name="resourceName">The manifest resource name.</param>
    /// <exception cref="InvalidOperationException">The resource is missing (a packaging bug).</exception>
    public static string Read(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
