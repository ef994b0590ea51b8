namespace Ruicheng.Primitives;

/// <summary>A value the engine decided (决定), together with its <see cref="Explanation"/>.</summary>
/// <typeparam name="T">The decided value's type.</typeparam>
public sealed class Decision<T>
{
    private Decision(T value, Explanation explanation)
    {
        Value = value;
        Explanation = explanation;
    }

    /// <summary>The decided value.</summary>
    public T Value { get; }

    /// <summary>Why: the rulebook, the rules applied and their figures.</summary>
    public Explanation Explanation { get; }

    /// <summary>Creates a decision.</summary>
    /// <param name="value">The decided value.</param>
    /// <param name="explanation">Why.</param>
    public static Decision<T> Create(T value, Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return new Decision<T>(value, explanation);
    }

    /// <summary>The value and its explanation.</summary>
    public override string ToString() => $"{Value}{Environment.NewLine}{Explanation}";
}
