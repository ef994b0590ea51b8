using System.Reflection;

namespace Ruicheng.Architecture.Tests;

/// <summary>
/// The conventions as functions from types/assemblies to offenders, so each can be run on the shipped
/// assemblies (expecting none) and on known-bad fixtures in this project (expecting them), proving it can fail.
/// </summary>
internal static class ConventionRules
{
    internal static readonly string[] DomainPackages = ["Ruicheng.Governance", "Ruicheng.Economy", "Ruicheng.Civility"];

    /// <summary>
    /// Public structs that are not readonly, except a collection's nested enumerator (it moves by design, as
    /// <c>List&lt;T&gt;.Enumerator</c> does; a <c>foreach</c> over the collection needs no allocation).
    /// </summary>
    internal static IEnumerable<Type> MutableStructs(IEnumerable<Type> types) =>
        types.Where(t => t.IsValueType && !t.IsEnum && !t.IsPrimitive && t.GetCustomAttribute<System.Runtime.CompilerServices.IsReadOnlyAttribute>() is null
            && !(t.IsNested && typeof(System.Collections.IEnumerator).IsAssignableFrom(t) && typeof(System.Collections.IEnumerable).IsAssignableFrom(t.DeclaringType)));

    internal static IEnumerable<Type> UnsealedConcreteClasses(IEnumerable<Type> types) =>
        types.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t));

    internal static IEnumerable<string> ForbiddenReferences(Assembly assembly, IEnumerable<string> forbidden) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Intersect(forbidden, StringComparer.Ordinal);

    /// <summary>Public or protected members (and base types) whose signature names a FluentValidation type.</summary>
    internal static IEnumerable<string> ExposedFluentValidation(IEnumerable<Type> types)
    {
        const BindingFlags Visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in types)
        {
            if (type.BaseType is { } baseType && Names(baseType).Any(IsFluentValidation) || type.GetInterfaces().SelectMany(Names).Any(IsFluentValidation))
            {
                yield return $"{type.FullName} (base type)";
            }

            foreach (var member in type.GetMembers(Visible).Where(IsVisible))
            {
                var signature = member switch
                {
                    MethodBase method => method.GetParameters().Select(p => p.ParameterType).Append(method is MethodInfo m ? m.ReturnType : typeof(void)),
                    PropertyInfo property => [property.PropertyType],
                    FieldInfo field => [field.FieldType],
                    EventInfo @event => [@event.EventHandlerType!],
                    _ => [],
                };
                if (signature.SelectMany(Names).Any(IsFluentValidation))
                {
                    yield return $"{type.FullName}.{member.Name}";
                }
            }
        }

        static bool IsFluentValidation(string? ns) => ns is not null && (ns == "FluentValidation" || ns.StartsWith("FluentValidation.", StringComparison.Ordinal));

        static IEnumerable<string?> Names(Type type) =>
            type.HasElementType ? Names(type.GetElementType()!)
            : type.IsGenericType ? type.GetGenericArguments().SelectMany(Names).Prepend(type.Namespace)
            : [type.Namespace];

        static bool IsVisible(MemberInfo member) => member switch
        {
            MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
            FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
            PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
            EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
            _ => false,
        };
    }

    /// <summary>Public methods named <c>Can…</c> that answer with anything but a <see cref="bool"/> (the reasons go in an out parameter).</summary>
    internal static IEnumerable<string> NonBooleanCanMethods(IEnumerable<Type> types) =>
        types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.Length > 3 && m.Name.StartsWith("Can", StringComparison.Ordinal) && char.IsUpper(m.Name[3]) && m.ReturnType != typeof(bool))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}");

    /// <summary>
    /// Public records built by a validating factory (a public static method returning the record, a <c>Result</c> of it,
    /// or a collection of it) that still have a public init accessor, so <c>with</c> could change them past the factory's checks.
    /// </summary>
    internal static IEnumerable<Type> WithableFactoryRecords(IEnumerable<Type> types) =>
        types.Where(t => t.IsClass && t.GetMethod("<Clone>$") is not null)
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => !m.IsSpecialName && Produces(m.ReturnType, t)))
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.SetMethod is { IsPublic: true }));

    private static bool Produces(Type returned, Type record) =>
        returned == record
        || (returned.IsGenericType && returned.GetGenericArguments().Any(a => a == record || Produces(a, record)));

    /// <summary>
    /// Public concrete or static classes named <c>…Rule</c> with a static <c>RuleId Id</c> (a violation rule, not a
    /// rulebook's data such as a points rule) that declare no <c>Check…</c> method of any visibility: a rule that holds
    /// only its id leaves its logic inline in an aggregate, where its text can drift from the code.
    /// </summary>
    internal static IEnumerable<Type> RulesWithoutLogic(IEnumerable<Type> types) =>
        types.Where(t => t.IsClass && t.Name.EndsWith("Rule", StringComparison.Ordinal) && (!t.IsAbstract || t.IsSealed))
            .Where(t => t.GetProperty("Id", BindingFlags.Public | BindingFlags.Static) is { PropertyType.Name: "RuleId" })
            .Where(t => !t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Any(m => m.Name.StartsWith("Check", StringComparison.Ordinal)));

    internal static IEnumerable<Type> PublicTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => !t.IsInterface);
}
