using NodaTime;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Cli.Infrastructure;

namespace Ruicheng.Cli.Inputs;

/// <summary>
/// Reads a vetoes file (CSV, header <c>resident,code,date</c>): a veto (一票否决) that applies to a resident from a
/// date. A row naming a code the rulebook does not define, or with a bad resident or date, is rejected with its line
/// number and reason; it is never ignored.
/// </summary>
internal sealed class VetoesCsv
{
    public static readonly string[] Columns = ["resident", "code", "date"];

    public List<(string Resident, RuleId Code, LocalDate Date)> Vetoes { get; } = [];

    public List<(long Line, string Reason)> Rejected { get; } = [];

    public static VetoesCsv Read(string path, CivilityRulebook rulebook)
    {
        using var reader = CsvReader.Open(path, "--vetoes", Columns);
        var result = new VetoesCsv();
        var (residentColumn, codeColumn, dateColumn) = (reader.IndexOf("resident"), reader.IndexOf("code"), reader.IndexOf("date"));
        var file = Path.GetFileName(path);
        while (reader.Next())
        {
            var line = reader.Line;
            if (reader.Error is { } error)
            {
                result.Rejected.Add((line, $"{file}: {error}"));
                continue;
            }

            var resident = reader.Text(residentColumn);
            var code = reader.Text(codeColumn);
            if (!ResidentId.TryFrom(resident, out _))
            {
                result.Rejected.Add((line, $"{file}: resident: '{reader.Shown(residentColumn)}' is not a resident id (1–64 characters without whitespace)"));
            }
            else if (!RuleId.TryFrom(code, out var veto) || !rulebook.Credit.Vetoes.Any(v => v.Code == veto))
            {
                result.Rejected.Add((line, $"{file}: code: '{reader.Shown(codeColumn)}' is not a veto of rulebook {rulebook.Header} ({string.Join(", ", rulebook.Credit.Vetoes.Select(v => v.Code))})"));
            }
            else if (!CsvFields.TryDate(reader.Field(dateColumn), out var date))
            {
                result.Rejected.Add((line, $"{file}: date: '{reader.Shown(dateColumn)}' is not {CsvFields.DateRule}"));
            }
            else
            {
                result.Vetoes.Add((resident, veto, date));
            }
        }

        return result;
    }
}
