using FluentValidation;
using Ruicheng.Primitives;
using Ruicheng.Primitives.Validation;

namespace Ruicheng.Shared.Validation;

/// <summary>
/// The domain packages' loader: schema first (<see cref="ValidatedDocument.CheckShape"/>), then binding
/// (<see cref="ValidatedDocument.Read{TDocument}"/>), then the package's own FluentValidation rules, every violation in
/// one report (<see cref="ValidatedDocument.Combine"/>). Compiled into each domain package, so FluentValidation never
/// appears in a public signature.
/// </summary>
internal static class DocumentLoader
{
    /// <summary>Loads, checks and builds a document; <paramref name="build"/> runs only for a valid one.</summary>
    public static Result<T> Load<TDocument, T>(string json, DocumentSchema schema, IValidator<TDocument> validator, Func<TDocument, T> build)
        where TDocument : class
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(build);
        var shape = ValidatedDocument.CheckShape(json, schema);
        if (shape.Any(ValidatedDocument.IsStructural))
        {
            return Result<T>.Failure(shape);
        }

        var read = ValidatedDocument.Read<TDocument>(json);
        if (read.IsFailure)
        {
            return Result<T>.Failure(shape.IsEmpty ? read.Violations : shape);
        }

        var violations = ValidatedDocument.Combine(shape, ValidationViolations.From(validator.Validate(read.Value)));
        return violations.IsEmpty ? Result<T>.Success(build(read.Value)) : Result<T>.Failure(violations);
    }
}
