using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Primitives.Serialization;
using Ruicheng.Primitives.Validation;

namespace Ruicheng.Economy.Cooperatives;

/// <summary>
/// The stored form of a share register (schema <see cref="Schema"/>, <c>ruicheng schema share-register</c>, format 1):
/// the cooperative, its members (id, kind, name) and every dated holding (member, class, units, from, to), in order.
/// Reading goes through <see cref="ShareRegister.Create"/>, so a stored register is checked as any register is, and one
/// read back equals the one written.
/// </summary>
public static class ShareRegisterJson
{
    /// <summary>The stored form's version.</summary>
    public const int Format = 1;

    private static readonly DocumentSchema Shape = DocumentSchema.Parse(Resources.Read("share-register.schema.json"));

    private static readonly JsonSerializerOptions WriteOptions = new(RuichengJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The JSON schema of stored share registers.</summary>
    public static string Schema => Resources.Read("share-register.schema.json");

    /// <summary>Writes a register in its stored form (indented JSON; a holding's <c>to</c> only when it ends).</summary>
    /// <param name="register">The register.</param>
    public static string Write(ShareRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return JsonSerializer.Serialize(
            new RegisterDocument
            {
                Schema = "share-register.schema.json",
                Format = Format,
                Cooperative = register.Cooperative,
                Members = [.. register.Members.Select(m => new MemberDocument { Id = m.Id.Value, Kind = m.Kind, Name = m.Name })],
                Holdings = [.. register.Holdings.Select(ShareHoldingDocument.Of)],
            },
            WriteOptions);
    }

    /// <summary>Reads a stored register, schema first, then every row checked (<see cref="ShareRegister.Create"/>).</summary>
    /// <param name="json">The stored form.</param>
    /// <returns>The register, or every violation with its path.</returns>
    public static Result<ShareRegister> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var shape = ValidatedDocument.CheckShape(json, Shape);
        return !shape.IsEmpty
            ? Result<ShareRegister>.Failure(shape)
            : RuichengJson.Read<RegisterDocument>(json).Bind(d => ShareRegister.Create(
                d.Cooperative!,
                d.Members!.Select(m => new CooperativeMember(MemberId.From(m!.Id!), m.Kind!.Value, m.Name!)),
                d.Holdings!.Select(h => h!.ToHolding())));
    }

    private sealed class RegisterDocument
    {
        [JsonPropertyName("$schema")]
        public string? Schema { get; set; }

        public int Format { get; set; }

        public string? Cooperative { get; set; }

        public List<MemberDocument?>? Members { get; set; }

        public List<ShareHoldingDocument?>? Holdings { get; set; }
    }

    private sealed class MemberDocument
    {
        public string? Id { get; set; }

        public MemberKind? Kind { get; set; }

        public string? Name { get; set; }
    }
}
