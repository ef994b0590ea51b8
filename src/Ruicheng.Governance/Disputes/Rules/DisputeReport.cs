using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>What the report rules look at: the rulebook, the case type named and found, who reports, when, the parties and earlier cases of the claim.</summary>
internal sealed record DisputeReport(
    GovernanceRulebook Rulebook, string CaseType, DisputeCaseType? Type, Actor Reporter, LocalDate Date,
    ImmutableArray<DisputeParty> Parties, string? ClaimKey, IEnumerable<DisputeCase> PriorCases);
