using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Ruicheng.Civility.Ledger;
using Ruicheng.Cli.Infrastructure;

namespace Ruicheng.Cli.Inputs;

/// <summary>
/// Drafts for <c>ledger ingest</c>, one per CSV row: <c>resident,source,kind,rule,date,quantity</c> and an optional
/// <c>review</c> column. <c>kind</c> is <c>award</c>, <c>deduction</c> or <c>redemption</c> (redemptions leave <c>rule</c>
/// empty and give the points spent as <c>quantity</c>). A row that cannot be read is rejected with its line; the rest
/// are read.
/// </summary>
internal static class DraftsCsv
{
    private static readonly string[] Columns = ["resident", "source", "kind", "rule", "date", "quantity"];

    public static RuleId RowRule { get; } = RuleId.From("drafts.row");

    public static (List<(long Line, EntryDraft Draft)> Drafts, List<RuleViolation> Rejected) Read(string path, Instant recordedAt)
    {
        using var reader = CsvReader.Open(path, "--drafts", Columns);
        var c = Columns.Select(reader.IndexOf).ToArray();
        var review = reader.IndexOf("review");
        var drafts = new List<(long, EntryDraft)>();
        var rejected = new List<RuleViolation>();
        while (reader.Next())
        {
            var place = string.Create(CultureInfo.InvariantCulture, $"line {reader.Line}");
            if (reader.Error is { } error)
            {
                rejected.Add(RuleViolation.At(RowRule, place, error));
                continue;
            }

            var problem = Parse(reader, c, review, recordedAt, out var draft);
            if (problem is null)
            {
                drafts.Add((reader.Line, draft!));
            }
            else
            {
                rejected.Add(RuleViolation.At(RowRule, place, problem));
            }
        }

        return (drafts, rejected);
    }

    private static string? Parse(CsvReader row, int[] c, int review, Instant recordedAt, out EntryDraft? draft)
    {
        draft = null;
        if (!ResidentId.TryFrom(row.Text(c[0]), out var resident))
        {
            return $"resident: '{row.Shown(c[0])}' is not a resident id";
        }

        var source = row.Text(c[1]);
        if (string.IsNullOrWhiteSpace(source))
        {
            return "source: the source event id is empty";
        }

        var date = LocalDatePattern.Iso.Parse(row.Text(c[4]));
        if (!date.Success || !CivilTime.IsSupported(date.Value))
        {
            return $"date: '{row.Shown(c[4])}' is not a date yyyy-MM-dd from {CivilTime.EarliestDate:uuuu-MM-dd} to {CivilTime.LatestDate:uuuu-MM-dd}";
        }

        if (!decimal.TryParse(row.Text(c[5]), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quantity))
        {
            return $"quantity: '{row.Shown(c[5])}' is not a plain decimal";
        }

        var reviewText = review >= 0 && row.Text(review) is { Length: > 0 } text ? text : null;
        var kind = row.Text(c[2]);
        if (kind == "redemption")
        {
            if (decimal.Truncate(quantity) != quantity || quantity > long.MaxValue)
            {
                return $"quantity: a redemption spends whole points, not '{row.Shown(c[5])}'";
            }

            draft = EntryDraft.Redemption(resident, source, date.Value, (long)quantity, recordedAt);
            return null;
        }

        if (!RuleId.TryFrom(row.Text(c[3]), out var rule))
        {
            return $"rule: '{row.Shown(c[3])}' is not a rule id";
        }

        draft = kind switch
        {
            "award" => EntryDraft.Award(resident, source, rule, date.Value, quantity, recordedAt, reviewText),
            "deduction" => EntryDraft.Deduction(resident, source, rule, date.Value, quantity, recordedAt, reviewText),
            _ => null,
        };
        return draft is null ? $"kind: '{row.Shown(c[2])}' is not award, deduction or redemption" : null;
    }
}
