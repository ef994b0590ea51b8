using Spectre.Console.Cli;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>
/// A minimal registrar for Spectre.Console.Cli: services by type (the last registration wins, and
/// <c>IEnumerable&lt;T&gt;</c> yields them all), and constructor injection into commands.
/// </summary>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, List<Func<TypeResolver, object>>> _factories = [];

    public ITypeResolver Build() => new TypeResolver(_factories);

    public void Register(Type service, Type implementation) => Add(service, resolver => resolver.Create(implementation));

    public void RegisterInstance(Type service, object implementation) => Add(service, _ => implementation);

    public void RegisterLazy(Type service, Func<object> factory) => Add(service, _ => factory());

    private void Add(Type service, Func<TypeResolver, object> factory)
    {
        if (!_factories.TryGetValue(service, out var list))
        {
            list = [];
            _factories.Add(service, list);
        }

        list.Add(factory);
    }

    internal sealed class TypeResolver(Dictionary<Type, List<Func<TypeResolver, object>>> factories) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }

            if (factories.TryGetValue(type, out var list) && list.Count > 0)
            {
                return list[^1](this);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                var element = type.GetGenericArguments()[0];
                var all = factories.TryGetValue(element, out var registered) ? registered.Select(f => f(this)).ToArray() : [];
                var array = Array.CreateInstance(element, all.Length);
                Array.Copy(all, array, all.Length);
                return array;
            }

            return type.IsAbstract || type.IsInterface ? null : Create(type);
        }

        internal object Create(Type type)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            return constructor is null
                ? Activator.CreateInstance(type)!
                : constructor.Invoke(constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray());
        }
    }
}
