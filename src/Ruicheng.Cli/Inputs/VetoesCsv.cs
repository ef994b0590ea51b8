using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;
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
        if (!File.Exists(path))
        {
            throw UnusableInputException.At(path, "-", "--vetoes: file not found");
        }

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (var column in Columns)
        {
            if (!reader.Header.TryIndexOf(column, out _))
            {
                throw UnusableInputException.At(path, "line 1", $"missing column '{column}' (expected header {string.Join(',', Columns)})");
            }
        }

        var result = new VetoesCsv();
        var (residentColumn, codeColumn, dateColumn) = (reader.Header.IndexOf("resident"), reader.Header.IndexOf("code"), reader.Header.IndexOf("date"));
        long line = 1;
        foreach (var row in reader)
        {
            line++;
            var resident = row[residentColumn].ToString();
            var code = row[codeColumn].ToString();
            var date = LocalDatePattern.Iso.Parse(row[dateColumn].ToString());
            if (!ResidentId.TryFrom(resident, out _))
            {
                result.Rejected.Add((line, $"{Path.GetFileName(path)}: resident: '{resident}' is not a resident id"));
            }
            else if (!RuleId.TryFrom(code, out var veto) || !rulebook.Credit.Vetoes.Any(v => v.Code == veto))
            {
                result.Rejected.Add((line, $"{Path.GetFileName(path)}: code: '{code}' is not a veto of rulebook {rulebook.Header} ({string.Join(", ", rulebook.Credit.Vetoes.Select(v => v.Code))})"));
            }
            else if (!date.Success)
            {
                result.Rejected.Add((line, $"{Path.GetFileName(path)}: date: '{row[dateColumn]}' is not a date (yyyy-MM-dd)"));
            }
            else
            {
                result.Vetoes.Add((resident, veto, date.Value));
            }
        }

        return result;
    }
}
