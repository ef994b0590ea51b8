using Ruicheng.Cli.Infrastructure;
using Ruicheng.Economy.Cooperatives;

namespace Ruicheng.Cli.Inputs;

/// <summary>
/// Reads members' trading volume with the cooperative for the year (交易量, CSV header <c>member,volume</c>; volume a
/// plain decimal ≥ 0, e.g. yuan of produce sold through the cooperative), the weights of a party that divides by
/// patronage. Every bad row is reported (<c>patronage.row</c>, path <c>line N</c>); a member listed twice is an error,
/// never summed silently.
/// </summary>
internal static class PatronageCsv
{
    private static readonly string[] Columns = ["member", "volume"];

    /// <summary>The code of a patronage row that cannot be used: <c>patronage.row</c>.</summary>
    public static RuleId RowRule { get; } = RuleId.From("patronage.row");

    public static Result<Dictionary<MemberId, decimal>> Read(string path)
    {
        using var reader = CsvReader.Open(path, "--patronage", Columns);
        var (memberColumn, volumeColumn) = (reader.IndexOf("member"), reader.IndexOf("volume"));
        var volumes = new Dictionary<MemberId, decimal>();
        var rejected = new List<RuleViolation>();
        while (reader.Next())
        {
            var place = $"line {reader.Line}";
            if (reader.Error is { } error)
            {
                rejected.Add(RuleViolation.At(RowRule, place, error));
            }
            else if (!MemberId.TryFrom(reader.Text(memberColumn), out var member))
            {
                rejected.Add(RuleViolation.At(RowRule, place, $"member: '{reader.Shown(memberColumn)}' is not a member id"));
            }
            else if (!CsvFields.TryDecimal(reader.Field(volumeColumn), out var volume) || volume < 0)
            {
                rejected.Add(RuleViolation.At(RowRule, place, $"volume: '{reader.Shown(volumeColumn)}' is not a number ≥ 0"));
            }
            else if (!volumes.TryAdd(member, volume))
            {
                rejected.Add(RuleViolation.At(RowRule, place, $"member '{member}' has a volume on an earlier row; give one row per member"));
            }
        }

        return rejected.Count > 0 ? Result<Dictionary<MemberId, decimal>>.Failure(rejected) : Result<Dictionary<MemberId, decimal>>.Success(volumes);
    }
}
