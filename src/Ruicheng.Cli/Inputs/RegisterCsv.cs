using Ruicheng.Cli.Infrastructure;
using Ruicheng.Economy.Cooperatives;

namespace Ruicheng.Cli.Inputs;

/// <summary>
/// Reads a share register (CSV, header <c>member,kind,name,class,units,since</c>; kind is household, collective or
/// enterprise; class is land, guaranteed-floor, pooled, split or reinvestment, or empty for a member without shares).
/// </summary>
internal static class RegisterCsv
{
    private static readonly Dictionary<string, ShareClass> Classes = new(StringComparer.Ordinal)
    {
        ["land"] = ShareClass.Land,
        ["guaranteed-floor"] = ShareClass.GuaranteedFloor,
        ["pooled"] = ShareClass.Pooled,
        ["split"] = ShareClass.Split,
        ["reinvestment"] = ShareClass.Reinvestment,
    };

    private static readonly string[] Columns = ["member", "kind", "name", "class", "units", "since"];

    /// <summary>The code of a register row that cannot be used: <c>register.row</c>.</summary>
    public static RuleId RowRule { get; } = RuleId.From("register.row");

    /// <summary>
    /// Reads the register; every bad row is reported (path <c>line N</c>, the physical line), none is skipped: a
    /// distribution never runs on part of a register. A member's rows must agree on kind and name.
    /// </summary>
    public static Result<ShareRegister> Read(string path, string cooperative)
    {
        using var reader = CsvReader.Open(path, "--register", Columns);
        var columns = Columns.Select(reader.IndexOf).ToArray();
        var members = new Dictionary<MemberId, CooperativeMember>();
        var holdings = new List<ShareHolding>();
        var rejected = new List<RuleViolation>();
        while (reader.Next())
        {
            var place = $"line {reader.Line}";
            var problem = reader.Error ?? ReadRow(reader, columns, members, holdings);
            if (problem is not null)
            {
                rejected.Add(RuleViolation.At(RowRule, place, problem));
            }
        }

        return rejected.Count > 0
            ? Result<ShareRegister>.Failure(rejected)
            : ShareRegister.Create(cooperative, members.Values, holdings);
    }

    private static string? ReadRow(CsvReader row, int[] columns, Dictionary<MemberId, CooperativeMember> members, List<ShareHolding> holdings)
    {
        if (!MemberId.TryFrom(row.Text(columns[0]), out var member))
        {
            return $"member: '{row.Shown(columns[0])}' is not a member id (1–64 characters without whitespace)";
        }

        MemberKind kind;
        switch (row.Text(columns[1]))
        {
            case "household":
                kind = MemberKind.Household;
                break;
            case "collective":
                kind = MemberKind.VillageCollective;
                break;
            case "enterprise":
                kind = MemberKind.Enterprise;
                break;
            default:
                return $"kind: '{row.Shown(columns[1])}' is not household, collective or enterprise";
        }

        var name = row.Text(columns[2]);
        if (members.TryGetValue(member, out var known))
        {
            if (known.Kind != kind || !string.Equals(known.Name, name, StringComparison.Ordinal))
            {
                return $"member '{member}' was registered as {known.Kind} '{known.Name}' on an earlier row; rows of one member must agree";
            }
        }
        else
        {
            members.Add(member, new CooperativeMember(member, kind, name));
        }

        var shareClass = row.Text(columns[3]);
        if (shareClass.Length == 0)
        {
            return row.Field(columns[4]).IsEmpty && row.Field(columns[5]).IsEmpty ? null : "units and since are given without a class";
        }

        if (!Classes.TryGetValue(shareClass, out var parsedClass))
        {
            return $"class: '{row.Shown(columns[3])}' is not a share class ({string.Join(", ", Classes.Keys)})";
        }

        if (!CsvFields.TryDecimal(row.Field(columns[4]), out var units) || units <= 0)
        {
            return $"units: '{row.Shown(columns[4])}' is not a positive number";
        }

        if (!CsvFields.TryDate(row.Field(columns[5]), out var since))
        {
            return $"since: '{row.Shown(columns[5])}' is not {CsvFields.DateRule}";
        }

        holdings.Add(new ShareHolding(member, parsedClass, units, since));
        return null;
    }
}
