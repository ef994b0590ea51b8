using Ruicheng.Shared.Validation;
using System.Collections.Immutable;
using Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Linkage;
using Ruicheng.Governance.Posts;
using Ruicheng.Governance.Serialization;
using Ruicheng.Primitives.Validation;

namespace Ruicheng.Governance.Rulebooks;

/// <summary>
/// Loads a Governance rulebook from JSON (schema: <see cref="Schema"/>, packed as
/// <c>ruicheng schema governance-rulebook</c>; a copy is packed under <c>content/schemas/</c>), schema first — see
/// <see cref="Ruicheng.Primitives.Validation.ValidatedDocument"/> —, reporting every problem at once with its JSON path.
/// </summary>
public static class GovernanceRulebookFile
{
    /// <summary>The JSON schema of Governance rulebooks.</summary>
    public static string Schema => Resources.Read("governance-rulebook.schema.json");

    private static readonly DocumentSchema Shape = DocumentSchema.Parse(Resources.Read("governance-rulebook.schema.json"));

    /// <summary>The built-in Ruicheng rulebook's JSON.</summary>
    public static string RuichengJsonText => Resources.Read("ruicheng-governance-rulebook.json");

    /// <summary>Loads and validates a rulebook.</summary>
    /// <param name="json">The rulebook's text.</param>
    /// <returns>The rulebook, or every violation found.</returns>
    public static Result<GovernanceRulebook> Load(string json) =>
        DocumentLoader.Load(json, Shape, new GovernanceRulebookValidator(), Build).Map(rulebook => rulebook.WithDocument(json));

    /// <summary>The built-in Ruicheng Governance rulebook: posts, categories, the 2026 calendar and the "four tiers, seven working days" ladder.</summary>
    /// <exception cref="InvalidOperationException">The embedded rulebook does not validate (a packaging bug).</exception>
    public static GovernanceRulebook LoadRuicheng() => ValidatedDocument.Require(Load(RuichengJsonText), "Governance rulebook");

    private static GovernanceRulebook Build(GovernanceRulebookDocument document)
    {
        var calendar = WorkingDayCalendar.Create(
            (document.Calendar!.RestDays ?? []).Select(d => GovernanceRulebookValidator.Days[d]),
            document.Calendar.Holidays ?? [],
            document.Calendar.AdjustedWorkingDays ?? [],
            document.Calendar.Years!);
        var ladders = document.Ladders!.Select(l => new EscalationLadder(
            l.Id!,
            Limit(l.AcceptWithin!),
            l.Tiers!.Select(t => new EscalationTier(
                t.Id!,
                t.Body!,
                t.BodyChinese!,
                GovernanceRulebookValidator.Roles[t.Handler!],
                GovernanceRulebookValidator.Stages[t.Stage!],
                GovernanceRulebookValidator.Levels[t.Level!],
                t.Limit is null ? null : Limit(t.Limit),
                t.Extensions,
                t.Extension is null ? TimeLimit.Of(0, TimeLimitUnit.CalendarDays) : Limit(t.Extension),
                (t.SkippableFor ?? []).ToImmutableHashSet(StringComparer.Ordinal))
            {
                RequestNextWithin = t.RequestNextWithin is null ? null : Limit(t.RequestNextWithin),
            }).ToImmutableArray())).ToImmutableArray();
        var caseTypes = document.CaseTypes!.Select(c =>
        {
            var ladder = ladders.First(l => l.Id == c.Ladder);
            return new DisputeCaseType(
                c.Id!,
                c.Chinese!,
                ladder,
                c.EntryTier is null ? 0 : ladder.IndexOf(c.EntryTier),
                (c.ExemptStages ?? []).Select(s => GovernanceRulebookValidator.Stages[s]).ToImmutableHashSet())
            {
                AppealsPointsEntry = c.AppealsPointsEntry,
                ComplexityLimits = c.ComplexityLimits is not { } limits ? ImmutableDictionary<CaseComplexity, TimeLimit>.Empty
                    : new[] { (CaseComplexity.Simple, limits.Simple), (CaseComplexity.Ordinary, limits.Ordinary), (CaseComplexity.Complex, limits.Complex) }
                        .ToImmutableDictionary(x => x.Item1, x => Limit(x.Item2!)),
            };
        }).ToImmutableArray();
        return new GovernanceRulebook(
            document.Header!.ToHeader(),
            document.Posts!.Select(p => new GovernancePost(PostId.From(p.Id!), p.Chinese!, p.English!)).ToImmutableArray(),
            (document.IssueCategories ?? []).Select(c => new IssueCategoryDefinition(IssueCategory.From(c.Id!), c.Chinese!, c.English!)).ToImmutableArray(),
            calendar,
            ladders,
            caseTypes,
            Limit(document.CourtConfirmationWindow!));
    }

    private static TimeLimit Limit(LimitDocument limit) =>
        TimeLimit.Of(limit.Days, limit.Unit == "working-days" ? TimeLimitUnit.WorkingDays : TimeLimitUnit.CalendarDays);
}
