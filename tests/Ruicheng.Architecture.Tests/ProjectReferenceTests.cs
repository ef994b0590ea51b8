using System.Xml.Linq;

namespace Ruicheng.Architecture.Tests;

/// <summary>
/// The dependency rule as declared in the project files: a package's nuspec dependencies come from its
/// ProjectReferences, so an unused reference to a sibling package would still couple them.
/// </summary>
public class ProjectReferenceTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> DomainProjects => new() { "Ruicheng.Governance", "Ruicheng.Economy", "Ruicheng.Civility" };

    [Theory]
    [MemberData(nameof(DomainProjects))]
    public void DomainProject_ReferencesPrimitivesOnly(string name)
    {
        var project = XDocument.Load(Path.Combine(Root, "src", name, name + ".csproj"));
        Assert.Equal(["Ruicheng.Primitives"], ReferencedProjects(project));
    }

    [Fact]
    public void ReferencedProjects_CanFail_OnKnownBadProject()
    {
        var bad = XDocument.Parse("""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="../Ruicheng.Primitives/Ruicheng.Primitives.csproj" />
                <ProjectReference Include="..\Ruicheng.Economy\Ruicheng.Economy.csproj" />
              </ItemGroup>
            </Project>
            """);
        Assert.Equal(["Ruicheng.Economy", "Ruicheng.Primitives"], ReferencedProjects(bad));
    }

    [Theory]
    [MemberData(nameof(DomainProjects))]
    public void TheIdGenerator_IsABuildTimeAnalyzerOnly(string name)
    {
        var project = XDocument.Load(Path.Combine(Root, "src", name, name + ".csproj"));
        var generator = Assert.Single(project.Descendants("ProjectReference"), r => r.Attribute("Include")!.Value.EndsWith("Ruicheng.Generators.csproj", StringComparison.Ordinal));
        Assert.Equal(("Analyzer", "false", "all"), (generator.Attribute("OutputItemType")?.Value, generator.Attribute("ReferenceOutputAssembly")?.Value, generator.Attribute("PrivateAssets")?.Value));
    }

    /// <summary>The projects a package depends on at run time; a build-time analyzer (no output assembly, private) is not one.</summary>
    private static List<string> ReferencedProjects(XDocument project) =>
        project.Descendants("ProjectReference")
            .Where(r => !(r.Attribute("OutputItemType")?.Value == "Analyzer" && r.Attribute("ReferenceOutputAssembly")?.Value == "false" && r.Attribute("PrivateAssets")?.Value == "all"))
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ruicheng.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Ruicheng.Domain.sln not found above the test binaries.");
    }
}
