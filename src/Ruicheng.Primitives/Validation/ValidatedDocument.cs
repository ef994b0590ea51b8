using FluentValidation;
using Ruicheng.Primitives.Serialization;

namespace Ruicheng.Primitives.Validation;

/// <summary>
/// The one way every Ruicheng document is loaded at the boundary: read the JSON (malformed text becomes a
/// <c>json.malformed</c> violation), refuse a null array element (<c>json.null-element</c>) or a property name
/// repeated in one object (<c>json.duplicate-key</c>), validate the whole document (every failure, each with its JSON
/// path), and only then build the domain object — so nothing invalid is half-built.
/// </summary>
public static class ValidatedDocument
{
    /// <summary>Reads, validates and builds a document.</summary>
    /// <typeparam name="TDocument">The document's JSON shape.</typeparam>
    /// <typeparam name="T">The domain object built from a valid document.</typeparam>
    /// <param name="json">The document's text.</param>
    /// <param name="validator">The boundary validator.</param>
    /// <param name="build">Builds the domain object; called only for a valid document.</param>
    /// <returns>The domain object, or every violation.</returns>
    public static Result<T> Load<TDocument, T>(string json, IValidator<TDocument> validator, Func<TDocument, T> build)
        where TDocument : class
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(build);
        var read = Read<TDocument>(json);
        if (read.IsFailure)
        {
            return Result<T>.Failure(read.Violations);
        }

        var validation = validator.Validate(read.Value);
        return validation.IsValid ? Result<T>.Success(build(read.Value)) : Result<T>.Failure(ValidationViolations.From(validation));
    }

    /// <summary>
    /// Reads a document's JSON with the structural checks every loader makes, and nothing else: malformed text
    /// (<c>json.malformed</c>), a null array element (<c>json.null-element</c>) or a property name repeated in one
    /// object (<c>json.duplicate-key</c>) is a violation with its path; the domain rules are the caller's.
    /// </summary>
    /// <typeparam name="TDocument">The document's JSON shape.</typeparam>
    /// <param name="json">The document's text.</param>
    /// <returns>The document, or every structural violation.</returns>
    public static Result<TDocument> Read<TDocument>(string json)
        where TDocument : class
    {
        var read = RuichengJson.Read<TDocument>(json);
        if (read.IsFailure)
        {
            return read;
        }

        var structure = JsonStructureCheck.Check(json);
        return structure.Count > 0 ? Result<TDocument>.Failure(structure) : read;
    }

    /// <summary>Loads a document that ships inside a package and must be valid.</summary>
    /// <typeparam name="T">The domain object.</typeparam>
    /// <param name="result">The outcome of loading the shipped document.</param>
    /// <param name="what">What the document is, for the message.</param>
    /// <exception cref="InvalidOperationException">The shipped document does not validate (a packaging bug).</exception>
    public static T Require<T>(Result<T> result, string what)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException($"The built-in {what} is invalid: " + string.Join("; ", result.Violations));
    }
}
