using System.Reflection;

namespace Ruicheng.Architecture.Tests;

/// <summary>
/// The conventions as functions from types/assemblies to offenders, so each can be run on the shipped
/// assemblies (expecting none) and on known-bad fixtures in this project (expecting them), proving it can fail.
/// </summary>
internal static class ConventionRules
{
    internal static readonly string[] DomainPackages = ["Ruicheng.Governance", "Ruicheng.Economy", "Ruicheng.Civility"];

    internal static IEnumerable<Type> MutableStructs(IEnumerable<Type> types) =>
        types.Where(t => t.IsValueType && !t.IsEnum && !t.IsPrimitive && t.GetCustomAttribute<System.Runtime.CompilerServices.IsReadOnlyAttribute>() is null);

    internal static IEnumerable<Type> UnsealedConcreteClasses(IEnumerable<Type> types) =>
        types.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t));

    internal static IEnumerable<string> ForbiddenReferences(Assembly assembly, IEnumerable<string> forbidden) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Intersect(forbidden, StringComparer.Ordinal);

    internal static IEnumerable<Type> PublicTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => !t.IsInterface);
}
