using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Ruicheng.Primitives;

/// <summary>
/// The answer to a request the rules may legitimately refuse: either a value, or the violations that say
/// why not (a "no" is not an exception). A failure always carries at least one violation.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, ImmutableArray<RuleViolation> violations)
    {
        _value = value;
        Violations = violations;
    }

    /// <summary>Whether the request succeeded.</summary>
    [MemberNotNullWhen(false, nameof(FirstViolation))]
    public bool IsSuccess => Violations.IsEmpty;

    /// <summary>Whether the rules refused the request.</summary>
    [MemberNotNullWhen(true, nameof(FirstViolation))]
    public bool IsFailure => !Violations.IsEmpty;

    /// <summary>The violations, in the order found; empty on success.</summary>
    public ImmutableArray<RuleViolation> Violations { get; }

    /// <summary>The first violation, or null on success.</summary>
    public RuleViolation? FirstViolation => Violations.IsEmpty ? null : Violations[0];

    /// <summary>The value of a successful result.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure; the message lists the violations.</exception>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException("The result is a failure: " + string.Join("; ", Violations));

    /// <summary>A successful result.</summary>
    /// <param name="value">The value.</param>
    public static Result<T> Success(T value) => new(value, ImmutableArray<RuleViolation>.Empty);

    /// <summary>A refusal with one or more violations.</summary>
    /// <param name="violations">The violations; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="violations"/> is empty.</exception>
    public static Result<T> Failure(IEnumerable<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var all = violations.ToImmutableArray();
        Preconditions.CheckArgument(!all.IsEmpty, nameof(violations), "A failure needs at least one violation.");
        return new Result<T>(default, all);
    }

    /// <summary>A refusal with the given violations.</summary>
    /// <param name="violations">The violations; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="violations"/> is empty.</exception>
    public static Result<T> Failure(params ReadOnlySpan<RuleViolation> violations)
    {
        Preconditions.CheckArgument(!violations.IsEmpty, nameof(violations), "A failure needs at least one violation.");
        return new Result<T>(default, ImmutableArray.Create(violations));
    }

    /// <summary>Gets the value when the result is a success.</summary>
    /// <param name="value">The value, or <c>default</c> on failure.</param>
    /// <returns>Whether the result is a success.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsSuccess;
    }

    /// <summary>Transforms the value of a success; a failure passes through unchanged.</summary>
    /// <typeparam name="TOut">The new value's type.</typeparam>
    /// <param name="map">The transformation.</param>
    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsSuccess ? Result<TOut>.Success(map(_value!)) : Result<TOut>.Failure(Violations);
    }

    /// <summary>
    /// Chains a step that may itself be refused: on success, the step's result; on failure, this failure's violations
    /// unchanged (the step is not run).
    /// </summary>
    /// <typeparam name="TOut">The next value's type.</typeparam>
    /// <param name="next">The next step.</param>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return IsSuccess ? next(_value!) ?? throw new InvalidOperationException("The next step returned null.") : Result<TOut>.Failure(Violations);
    }

    /// <summary>Folds the result into one value: <paramref name="success"/> with the value, or <paramref name="failure"/> with the violations.</summary>
    /// <typeparam name="TOut">The folded value's type.</typeparam>
    /// <param name="success">Applied to the value of a success.</param>
    /// <param name="failure">Applied to the violations of a failure (never empty).</param>
    public TOut Match<TOut>(Func<T, TOut> success, Func<ImmutableArray<RuleViolation>, TOut> failure)
    {
        ArgumentNullException.ThrowIfNull(success);
        ArgumentNullException.ThrowIfNull(failure);
        return IsSuccess ? success(_value!) : failure(Violations);
    }

    /// <summary><c>Success: value</c> or <c>Failure: violations</c>.</summary>
    public override string ToString() => IsSuccess ? $"Success: {_value}" : "Failure: " + string.Join("; ", Violations);
}
