using System.Text.Json;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Primitives.Rulebooks;
using Ruicheng.Primitives.Serialization;
using Ruicheng.Primitives.Validation;

namespace Ruicheng.Civility.Claims;

/// <summary>
/// The stored form of a points claim (schema <see cref="Schema"/>, format 1): every field, the rulebook id and version
/// it was declared under, and its whole audit trail, so a claim read back equals the claim written, field by field.
/// Instants are ISO-8601 UTC, dates <c>yyyy-MM-dd</c>, enums kebab-case.
/// </summary>
public static class PointsClaimJson
{
    /// <summary>The stored form's version; another version is refused, never misread.</summary>
    public const int Format = 1;

    private static readonly DocumentSchema Shape = DocumentSchema.Parse(Resources.Read("points-claim.schema.json"));

    /// <summary>The rule of stored claims: <c>claim.stored.invalid</c>.</summary>
    public static RuleId InvalidCode { get; } = RuleId.From("claim.stored.invalid");

    /// <summary>The JSON schema of stored points claims.</summary>
    public static string Schema => Resources.Read("points-claim.schema.json");

    /// <summary>Writes a claim in its stored form (indented JSON).</summary>
    /// <param name="claim">The claim.</param>
    public static string Write(PointsClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return JsonSerializer.Serialize(
            new PointsClaimDocument
            {
                Schema = "points-claim.schema.json",
                Format = Format,
                Id = claim.Id,
                Rulebook = claim.Rulebook.Header.Reference,
                Resident = claim.Resident.Value,
                Household = claim.BeneficiaryHousehold?.Value,
                Rule = claim.Rule.Value,
                OccurredOn = claim.OccurredOn,
                Quantity = claim.Quantity,
                State = claim.State,
                NoticeEnds = claim.NoticeEnds,
                Objection = claim.Objection,
                Decision = claim.Decision,
                DecidedAt = claim.DecidedAt,
                Audit = [.. claim.Audit.Select(a => new ClaimAuditDocument
                {
                    At = a.At,
                    Actor = new ClaimActorDocument { Id = a.Actor.Id.Value, Role = a.Actor.Role, Household = a.Actor.Household?.Value },
                    Command = a.Command,
                    From = a.From,
                    To = a.To,
                    Note = a.Note,
                })],
            },
            RuichengJson.Options);
    }

    /// <summary>
    /// Reads a stored claim, schema first, resolving the rulebook it was declared under from <paramref name="rulebooks"/>
    /// (<c>rulebook.version.unknown</c> when that version is not registered).
    /// </summary>
    /// <param name="json">The stored form.</param>
    /// <param name="rulebooks">The rulebook versions the host keeps.</param>
    /// <returns>The claim, equal to the one written, or every violation.</returns>
    public static Result<PointsClaim> Read(string json, RulebookRegistry<CivilityRulebook> rulebooks)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(rulebooks);
        var shape = ValidatedDocument.CheckShape(json, Shape);
        if (!shape.IsEmpty)
        {
            return Result<PointsClaim>.Failure(shape);
        }

        return RuichengJson.Read<PointsClaimDocument>(json).Bind(d => d.Format != Format
            ? Result<PointsClaim>.Failure(RuleViolation.At(InvalidCode, "$.format", $"This is stored form {d.Format}; this version reads form {Format}."))
            : rulebooks.Resolve(d.Rulebook!.Value, "$.rulebook").Map(rulebook => PointsClaim.Rehydrate(rulebook, d)));
    }
}
