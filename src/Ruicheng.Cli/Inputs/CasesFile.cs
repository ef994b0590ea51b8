using System.Text.Json;
using NodaTime;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Cli.Inputs;

/// <summary>
/// Reads open dispute cases from JSON and replays them onto the rulebook: each is reported, and accepted when it
/// says so. Shape: <c>{ "cases": [ { "id", "caseType", "unit", "parties": [ { "resident", "household" } ], "reporter":
/// { "id", "role" }, "reportedAt", "summary", "acceptedAt", "acceptedBy": { "id", "role" } } ] }</c>, instants as
/// ISO offset date-times (e.g. <c>2026-09-24T10:00:00+08:00</c>), roles in kebab case (e.g. <c>grid-mediator</c>).
/// </summary>
internal static class CasesFile
{
    internal sealed class Document
    {
        public List<CaseDocument>? Cases { get; set; }
    }

    internal sealed class CaseDocument
    {
        public string? Id { get; set; }

        public string? CaseType { get; set; }

        public string? Unit { get; set; }

        public List<PartyDocument>? Parties { get; set; }

        public ActorDocument? Reporter { get; set; }

        public OffsetDateTime? ReportedAt { get; set; }

        public string? Summary { get; set; }

        public OffsetDateTime? AcceptedAt { get; set; }

        public ActorDocument? AcceptedBy { get; set; }
    }

    internal sealed class PartyDocument
    {
        public string? Resident { get; set; }

        public string? Household { get; set; }
    }

    internal sealed class ActorDocument
    {
        public string? Id { get; set; }

        public ActorRole Role { get; set; }

        public string? Household { get; set; }
    }

    public static (List<DisputeCase> Cases, List<RuleViolation> Violations) Read(string path, GovernanceRulebook rulebook)
    {
        var json = Output.ReadFile(path, "--cases");
        var read = Primitives.Validation.ValidatedDocument.Read<Document>(json);
        if (read.IsFailure)
        {
            throw UnusableInputException.At(path, read.FirstViolation.Path, read.FirstViolation.Message);
        }

        var cases = new List<DisputeCase>();
        var violations = new List<RuleViolation>();
        var documents = read.Value.Cases ?? [];
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            var place = $"$.cases[{i}]";
            if (d.ReportedAt is { } reportedOn && !CivilTime.IsSupported(reportedOn.Date) || d.AcceptedAt is { } acceptedOn && !CivilTime.IsSupported(acceptedOn.Date))
            {
                throw UnusableInputException.At(path, place, $"reportedAt and acceptedAt must fall from {CivilTime.EarliestDate:uuuu-MM-dd} to {CivilTime.LatestDate:uuuu-MM-dd}");
            }

            if (!DisputeCaseId.TryFrom(d.Id, out var id) || !UnitId.TryFrom(d.Unit, out var unit) || d.ReportedAt is not { } reportedAt || d.Reporter is null
                || d.CaseType is null || !ResidentId.TryFrom(d.Reporter.Id, out var reporterId))
            {
                throw UnusableInputException.At(path, place, "a case needs id, caseType, unit, reporter { id, role } and reportedAt");
            }

            var parties = (d.Parties ?? []).Select((p, k) => ResidentId.TryFrom(p.Resident, out var resident)
                ? new DisputeParty(resident, HouseholdId.TryFrom(p.Household, out var household) ? household : null)
                : throw UnusableInputException.At(path, $"{place}.parties[{k}].resident", "a party needs a resident id")).ToList();
            var reporter = new Actor(reporterId, d.Reporter.Role);
            var reported = rulebook.FindCaseType(d.CaseType) is { IsPetition: true }
                ? DisputeCase.ReportPetition(rulebook, id, d.CaseType, unit, parties, reporter, reportedAt.ToInstant(), d.Summary ?? string.Empty, null, [])
                : DisputeCase.Report(rulebook, id, d.CaseType, unit, parties, reporter, reportedAt.ToInstant(), d.Summary ?? string.Empty);
            var current = reported;
            if (reported.IsSuccess && d.AcceptedAt is { } acceptedAt)
            {
                if (d.AcceptedBy is null || !ResidentId.TryFrom(d.AcceptedBy.Id, out var acceptor))
                {
                    throw UnusableInputException.At(path, $"{place}.acceptedBy", "an accepted case names who accepted it { id, role }");
                }

                current = reported.Value.Accept(new Actor(acceptor, d.AcceptedBy.Role, HouseholdId.TryFrom(d.AcceptedBy.Household, out var h) ? h : null), acceptedAt.ToInstant());
            }

            if (current.IsSuccess)
            {
                cases.Add(current.Value);
            }
            else
            {
                violations.AddRange(current.Violations.Select(v => RuleViolation.At(v.Code, place, v.Message)));
            }
        }

        return (cases, violations);
    }
}
