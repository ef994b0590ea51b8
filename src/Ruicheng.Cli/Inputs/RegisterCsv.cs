using System.Globalization;
using nietras.SeparatedValues;
using NodaTime.Text;
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

    public static ShareRegister Read(string path, string cooperative)
    {
        if (!File.Exists(path))
        {
            throw UnusableInputException.At(path, "-", "--register: file not found");
        }

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (var column in new[] { "member", "kind", "name", "class", "units", "since" })
        {
            if (!reader.Header.TryIndexOf(column, out _))
            {
                throw UnusableInputException.At(path, "line 1", $"missing column '{column}' (expected member,kind,name,class,units,since)");
            }
        }

        var members = new Dictionary<MemberId, CooperativeMember>();
        var holdings = new List<ShareHolding>();
        long line = 1;
        foreach (var row in reader)
        {
            line++;
            var place = $"line {line}";
            if (!MemberId.TryFrom(row["member"].ToString(), out var member))
            {
                throw UnusableInputException.At(path, place, $"member: '{row["member"].ToString()}' is not a member id");
            }

            var kind = row["kind"].ToString() switch
            {
                "household" => MemberKind.Household,
                "collective" => MemberKind.VillageCollective,
                "enterprise" => MemberKind.Enterprise,
                var other => throw UnusableInputException.At(path, place, $"kind: '{other}' is not household, collective or enterprise"),
            };
            members.TryAdd(member, new CooperativeMember(member, kind, row["name"].ToString()));
            var shareClass = row["class"].ToString();
            if (shareClass.Length == 0)
            {
                continue;
            }

            if (!Classes.TryGetValue(shareClass, out var parsedClass))
            {
                throw UnusableInputException.At(path, place, $"class: '{shareClass}' is not a share class ({string.Join(", ", Classes.Keys)})");
            }

            if (!decimal.TryParse(row["units"].Span, NumberStyles.Number, CultureInfo.InvariantCulture, out var units) || units <= 0)
            {
                throw UnusableInputException.At(path, place, $"units: '{row["units"].ToString()}' is not a positive number");
            }

            var since = LocalDatePattern.Iso.Parse(row["since"].ToString());
            if (!since.Success)
            {
                throw UnusableInputException.At(path, place, $"since: '{row["since"].ToString()}' is not a date (yyyy-MM-dd)");
            }

            holdings.Add(new ShareHolding(member, parsedClass, units, since.Value));
        }

        return ShareRegister.Create(cooperative, members.Values, holdings);
    }
}
