using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using NodaTime;

namespace Ruicheng.Storage;

/// <summary>
/// Runs a domain specification (Ardalis, over the domain type) as SQL over a row type: the criteria and ordering are
/// rewritten member by member through a column map (e.g. <c>c.Deadline</c> → <c>r.DeadlineTicks</c>), values computed
/// outside the row (captured variables, constants, arrays) are evaluated once and converted to their stored form
/// (ids → text, instants → Unix ticks, enums → names), and the result is an <see cref="IQueryable{T}"/> EF translates.
/// A member with no column is an error naming it: a specification never silently runs in memory.
/// </summary>
internal sealed class SpecificationTranslator<TDomain, TRow>
{
    private readonly IReadOnlyDictionary<string, (string Column, Type Stored)> _columns;

    public SpecificationTranslator(IReadOnlyDictionary<string, (string Column, Type Stored)> columns) => _columns = columns;

    /// <summary>The rows the specification selects, filtered and ordered (and paged) in the database.</summary>
    public IQueryable<TRow> Apply(IQueryable<TRow> rows, ISpecification<TDomain> specification)
    {
        foreach (var where in specification.WhereExpressions)
        {
            rows = rows.Where(Translate<bool>(where.Filter));
        }

        IOrderedQueryable<TRow>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            var key = Translate<object?>(order.KeySelector);
            var lambda = Expression.Lambda(StripBoxing(key.Body), key.Parameters);
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => Order(rows, lambda, nameof(Queryable.OrderBy)),
                OrderTypeEnum.OrderByDescending => Order(rows, lambda, nameof(Queryable.OrderByDescending)),
                OrderTypeEnum.ThenBy => Order(ordered ?? throw new NotSupportedException("ThenBy without OrderBy."), lambda, nameof(Queryable.ThenBy)),
                _ => Order(ordered ?? throw new NotSupportedException("ThenByDescending without OrderBy."), lambda, nameof(Queryable.ThenByDescending)),
            };
        }

        rows = ordered ?? rows;
        if (specification.Skip is > 0 and var skip)
        {
            rows = rows.Skip(skip);
        }

        if (specification.Take is > 0 and var take)
        {
            rows = rows.Take(take);
        }

        return rows;
    }

    private static IOrderedQueryable<TRow> Order(IQueryable<TRow> rows, LambdaExpression key, string method) =>
        (IOrderedQueryable<TRow>)rows.Provider.CreateQuery<TRow>(Expression.Call(
            typeof(Queryable), method, [typeof(TRow), key.ReturnType], rows.Expression, Expression.Quote(key)));

    private static Expression StripBoxing(Expression body) => body is UnaryExpression { NodeType: ExpressionType.Convert } u && u.Type == typeof(object) ? u.Operand : body;

    private Expression<Func<TRow, TResult>> Translate<TResult>(Expression<Func<TDomain, TResult>> expression)
    {
        var row = Expression.Parameter(typeof(TRow), "r");
        var body = new Rewriter(this, expression.Parameters[0], row).Visit(expression.Body)!;
        if (body.Type != typeof(TResult))
        {
            body = Expression.Convert(body, typeof(TResult));
        }

        return Expression.Lambda<Func<TRow, TResult>>(body, row);
    }

    /// <summary>A value as stored: ids (<see cref="IStringId"/>) and division codes as their text, instants as Unix ticks, money as fen, dates as <see cref="DateOnly"/>, enums by name, sequences element by element.</summary>
    internal static object? Stored(object? value) => value switch
    {
        null => null,
        string or long or int or bool or decimal => value,
        Instant instant => instant.ToUnixTimeTicks(),
        Money money => money.Fen,
        LocalDate date => new DateOnly(date.Year, date.Month, date.Day),
        Enum e => e.ToString(),
        IStringId id => id.Value,
        Governance.Hierarchy.DivisionCode code => code.Value,
        IEnumerable sequence => sequence.Cast<object?>().Select(Stored).ToArray(),
        _ => throw new NotSupportedException($"A value of type {value.GetType().Name} has no stored form for a query."),
    };

    private sealed class Rewriter(SpecificationTranslator<TDomain, TRow> owner, ParameterExpression domain, ParameterExpression row) : ExpressionVisitor
    {
        private Expression V(Expression node) => Visit(node) ?? throw new InvalidOperationException("A rewritten node vanished.");

        public override Expression? Visit(Expression? node)
        {
            if (node is null || node is LambdaExpression)
            {
                return base.Visit(node);
            }

            // Everything that does not read the row is a value: evaluate it once and pass its stored form.
            if (!Reads(node) && node.NodeType != ExpressionType.Parameter)
            {
                return Value(Expression.Lambda(Expression.Convert(node, typeof(object))).Compile().DynamicInvoke());
            }

            return base.Visit(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            var path = Path(node);
            if (path is null)
            {
                return base.VisitMember(node);
            }

            if (!owner._columns.TryGetValue(path, out var column))
            {
                throw new NotSupportedException($"{typeof(TDomain).Name}.{path} has no column in the store; this specification cannot run as SQL.");
            }

            return Expression.Property(row, column.Column);
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            // Enum comparisons compile to Convert(member, int): the stored column already holds the name.
            if (node.NodeType == ExpressionType.Convert && node.Operand.Type.IsEnum && Reads(node.Operand))
            {
                return V(node.Operand);
            }

            var operand = V(node.Operand);
            return operand.Type == node.Operand.Type ? node.Update(operand) : operand;
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            var left = V(node.Left);

            // `x == null || …x.Value…` and `ok && …`: a decided left side must not evaluate the right side's values.
            if (left is ConstantExpression { Value: bool decided }
                && ((node.NodeType == ExpressionType.OrElse && decided) || (node.NodeType == ExpressionType.AndAlso && !decided)))
            {
                return left;
            }

            if (left is ConstantExpression { Value: bool } && node.NodeType is ExpressionType.OrElse or ExpressionType.AndAlso)
            {
                return V(node.Right);
            }

            var right = V(node.Right);

            // An enum compared as its number: turn the number into the name the column holds.
            left = EnumValue(left, node.Left, node.Right);
            right = EnumValue(right, node.Right, node.Left);
            if (left.Type != right.Type)
            {
                (left, right) = Align(left, right);
            }

            return Expression.MakeBinary(node.NodeType, left, right);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.Name == nameof(Enumerable.Contains))
            {
                var (collection, item) = node.Object is null ? (node.Arguments[0], node.Arguments[1]) : (node.Object, node.Arguments[0]);
                collection = collection is MethodCallExpression { Method.Name: "op_Implicit" } span ? span.Arguments[0] : collection;
                var values = (object?[])Stored(Expression.Lambda(Expression.Convert(collection, typeof(object))).Compile().DynamicInvoke())!;
                var mapped = V(item);
                var typed = Array.CreateInstance(mapped.Type, values.Length);
                for (var i = 0; i < values.Length; i++)
                {
                    typed.SetValue(values[i], i);
                }

                return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [mapped.Type], Expression.Constant(typed), mapped);
            }

            if (node.Method.Name == nameof(string.StartsWith) && node.Object is not null)
            {
                return Expression.Call(V(node.Object), typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, V(node.Arguments[0]));
            }

            return base.VisitMethodCall(node);
        }

        private static Expression EnumValue(Expression visited, Expression original, Expression other) =>
            visited is ConstantExpression { Value: int number } && other is UnaryExpression { NodeType: ExpressionType.Convert, Operand.Type: { IsEnum: true } enumType }
                ? Expression.Constant(Enum.ToObject(enumType, number).ToString(), typeof(string))
                : visited;

        private static (Expression, Expression) Align(Expression left, Expression right)
        {
            if (left is ConstantExpression { Value: null })
            {
                return (Expression.Constant(null, right.Type), right);
            }

            if (right is ConstantExpression { Value: null })
            {
                return (left, Expression.Constant(null, left.Type));
            }

            var nullable = Nullable.GetUnderlyingType(left.Type) is not null ? left.Type : right.Type;
            return (left.Type == nullable ? left : Expression.Convert(left, nullable), right.Type == nullable ? right : Expression.Convert(right, nullable));
        }

        private static Expression Value(object? value)
        {
            var stored = Stored(value);
            return stored is null ? Expression.Constant(null) : Expression.Constant(stored, stored.GetType());
        }

        /// <summary>The member path from the domain parameter (<c>Deadline</c>, <c>CaseType.Id</c>), or null when the chain does not start there.</summary>
        private string? Path(MemberExpression node)
        {
            var names = new Stack<string>();
            Expression? current = node;
            while (current is MemberExpression member)
            {
                names.Push(member.Member.Name);
                current = member.Expression;
            }

            return current == domain ? string.Join('.', names) : null;
        }

        private bool Reads(Expression node)
        {
            var finder = new ParameterFinder(domain);
            finder.Visit(node);
            return finder.Found;
        }
    }

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == parameter;
            return node;
        }
    }
}
