namespace Ruicheng.Civility.Rulebooks;

/// <summary>Reads the package's embedded resources.</summary>
internal static class Resources
{
    internal static string Read(string name)
    {
        var assembly = typeof(Resources).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Ruicheng.Civility.Data.{name}")
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
