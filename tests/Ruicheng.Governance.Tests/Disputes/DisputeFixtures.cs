using NodaTime;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Governance.Tests.Disputes;

internal static class DisputeFixtures
{
    internal static readonly GovernanceRulebook Rulebook = GovernanceRulebookFile.LoadRuicheng();
    internal static readonly UnitId Village = UnitId.From("dawang.jinpen");
    internal static readonly HouseholdId HouseholdA = HouseholdId.From("H-A");
    internal static readonly DisputeParty PartyA = new(ResidentId.From("R-A"), HouseholdA);
    internal static readonly DisputeParty PartyB = new(ResidentId.From("R-B"), HouseholdId.From("H-B"));
    internal static readonly Actor AsPartyA = new(PartyA.Resident, ActorRole.Party, HouseholdA);
    internal static readonly Actor GridWorker = new(ResidentId.From("W-1"), ActorRole.GridWorker);
    internal static readonly Actor GridMediator = new(ResidentId.From("M-grid"), ActorRole.GridMediator, HouseholdId.From("H-M1"));
    internal static readonly Actor VillageCommittee = new(ResidentId.From("M-village"), ActorRole.VillageMediationCommittee);
    internal static readonly Actor TownshipCentre = new(ResidentId.From("M-township"), ActorRole.TownshipGovernanceCentre);
    internal static readonly Actor CountyCentre = new(ResidentId.From("M-county"), ActorRole.CountyGovernanceCentre);
    internal static readonly Actor Court = new(ResidentId.From("J-1"), ActorRole.Court);
    internal static readonly Actor PetitionOffice = new(ResidentId.From("P-1"), ActorRole.PetitionOffice);
    internal static readonly Actor ReviewBody = new(ResidentId.From("P-2"), ActorRole.PetitionReviewBody);

    internal static Instant At(int month, int day, int hour = 0, int minute = 0) => CivilTime.InstantOf(new LocalDateTime(2026, month, day, hour, minute));

    internal static DisputeCase Reported(string caseType = "neighbour", Instant? at = null, string? claim = null, IEnumerable<DisputeCase>? prior = null) =>
        (Rulebook.CaseType(caseType).IsPetition
            ? DisputeCase.ReportPetition(Rulebook, DisputeCaseId.From("DC-1"), caseType, Village, [PartyA, PartyB], GridWorker, at ?? At(9, 24, 9), "boundary wall", claim, prior ?? [])
            : DisputeCase.Report(Rulebook, DisputeCaseId.From("DC-1"), caseType, Village, [PartyA, PartyB], GridWorker, at ?? At(9, 24, 9), "boundary wall")).Value;

    internal static Actor HandlerOf(DisputeCase c) => (c.Tier ?? c.CaseType.Ladder.Tiers[c.CaseType.EntryTier]).Handler switch
    {
        ActorRole.GridMediator => GridMediator,
        ActorRole.VillageMediationCommittee => VillageCommittee,
        ActorRole.TownshipGovernanceCentre => TownshipCentre,
        ActorRole.CountyGovernanceCentre => CountyCentre,
        ActorRole.Court => Court,
        ActorRole.PetitionOffice => PetitionOffice,
        _ => ReviewBody,
    };
}
