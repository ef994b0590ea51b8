using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Civility.Claims;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Primitives.Rulebooks;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 12: a points claim had no audit trail and no stored form. It now records every step, and its stored form
/// rebuilds it field by field under the rulebook version it was declared under.
/// </summary>
public class PointsClaimsKeepTheirAudit
{
    private static readonly RulebookRegistry<CivilityRulebook> Registry = RulebookRegistry<CivilityRulebook>.Of(CivilityArbitraries.Rulebook);
    private static readonly CivilityActor Worker = new(ResidentId.From("W-1"), CivilityRole.GridWorker);
    private static readonly CivilityActor Neighbour = new(ResidentId.From("R-9"), CivilityRole.Resident, HouseholdId.From("H-9"));
    private static readonly CivilityActor Council = new(ResidentId.From("C-1"), CivilityRole.CouncilMember, HouseholdId.From("H-C"));
    private static readonly Instant Monday = Instant.FromUtc(2026, 6, 1, 1, 0);

    private static PointsClaim Step(PointsClaim claim, int command, Instant at) => (command switch
    {
        0 => claim.Publish(Worker, at),
        1 => claim.Object(Neighbour, at, "he was not there"),
        2 => claim.Finalize(Worker, at),
        3 => claim.Review(Council, at, true, "two witnesses"),
        _ => claim.Review(Council, at, false, "no witness"),
    }).TryGetValue(out var next) ? next : claim;

    [Property(MaxTest = 200)]
    public Property EveryStateOfAClaim_RoundTripsFieldByField_AndTheAuditGrowsByOneStepAtATime() =>
        Prop.ForAll(
            Gen.Elements("honour-county", "security-patrol", "filial-care").Zip(Gen.Choose(0, 4).Zip(Gen.Choose(1, 200)).ArrayOf()).ToArbitrary(),
            t =>
            {
                var (rule, steps) = t;
                var at = Monday;
                var claim = PointsClaim.Declare(CivilityArbitraries.Rulebook, "claim-1", ResidentId.From("R-1"), HouseholdId.From("H-1"), RuleId.From(rule), new LocalDate(2026, 5, 30), 1, Worker, at).Value;
                foreach (var (command, hours) in steps.Take(8).Prepend((0, 0)))
                {
                    at += Duration.FromHours(hours);
                    var before = claim.Audit.Length;
                    claim = Step(claim, command, at);
                    var json = PointsClaimJson.Write(claim);
                    var read = PointsClaimJson.Read(json, Registry);
                    if (!read.IsSuccess || !DeepEquality.Equal(claim, read.Value) || PointsClaimJson.Write(read.Value) != json
                        || claim.Audit.Length - before is not (0 or 1) || claim.Audit[^1].To != claim.State)
                    {
                        return false;
                    }
                }

                return true;
            });

    [Fact]
    public void AnObjectedClaim_RecordsWhoDidWhat()
    {
        var claim = PointsClaim.Declare(CivilityArbitraries.Rulebook, "claim-2", ResidentId.From("R-1"), HouseholdId.From("H-1"), RuleId.From("honour-county"), new LocalDate(2026, 5, 30), 1, Worker, Monday)
            .Bind(c => c.Publish(Worker, Monday))
            .Bind(c => c.Object(Neighbour, Monday + Duration.FromDays(2), "he was not there"))
            .Bind(c => c.Review(Council, Monday + Duration.FromDays(9), false, "no witness"))
            .Value;
        Assert.Equal(
            [(ClaimCommand.Declare, (ClaimState?)null, ClaimState.Declared, "W-1"), (ClaimCommand.Publish, ClaimState.Declared, ClaimState.Published, "W-1"),
             (ClaimCommand.Object, ClaimState.Published, ClaimState.Objected, "R-9"), (ClaimCommand.Review, ClaimState.Objected, ClaimState.Rejected, "C-1")],
            claim.Audit.Select(a => (a.Command, a.From, a.To, a.Actor.Id.Value)));
        Assert.Equal("no witness", claim.Audit[^1].Note);
    }

    [Fact]
    public void AStoredClaimWhoseVersionIsNotRegistered_IsRefused()
    {
        var claim = PointsClaim.Declare(CivilityArbitraries.Rulebook, "claim-3", ResidentId.From("R-1"), null, RuleId.From("security-patrol"), new LocalDate(2026, 5, 30), 1, Worker, Monday).Value;
        var json = PointsClaimJson.Write(claim).Replace("\"ruicheng.civility@1.0\"", "\"ruicheng.civility@9.0\"", StringComparison.Ordinal);
        Assert.Equal(RulebookRegistry<CivilityRulebook>.UnknownVersionCode, PointsClaimJson.Read(json, Registry).FirstViolation!.Code);
        Assert.Equal("schema.enum", PointsClaimJson.Read(PointsClaimJson.Write(claim).Replace("\"confirmed\"", "\"maybe\"", StringComparison.Ordinal), Registry).FirstViolation!.Code.Value);
    }
}
