using System.Collections;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Governance.Serialization;
using Ruicheng.Primitives.Rulebooks;
using Ruicheng.TestUtilities;
using static Ruicheng.Governance.Tests.Disputes.DisputeFixtures;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issue 12: a dispute case could not be stored and rebuilt, so after a restart every deadline fired again. The stored
/// form rebuilds the case field by field; a case reloaded at any point of its life ticks exactly as the never-stored case.
/// </summary>
public class DisputeCasesSurviveARestart
{
    private static readonly RulebookRegistry<GovernanceRulebook> Registry = RulebookRegistry<GovernanceRulebook>.Of(Rulebook);
    private static readonly Actor Council = new(ResidentId.From("C-1"), ActorRole.MoralEvaluationCouncil, HouseholdId.From("H-C1"));

    private static readonly string[] Types = ["neighbour", "family", "labour-wages", "petition", "points-appeal"];

    /// <summary>A case's life: a type, a report time, then commands (0–9) each a few hours to days after the last.</summary>
    private static Gen<(string Type, int Day, (int Command, int Hours)[] Steps)> Lives =>
        from type in Gen.Elements(Types)
        from day in Gen.Choose(0, 300)
        from steps in Gen.Choose(0, 9).Zip(Gen.Choose(1, 120)).ArrayOf()
        select (type, day, steps.Take(12).ToArray());

    private static DisputeCase Report(string type, Instant at) => type switch
    {
        "petition" => DisputeCase.ReportPetition(Rulebook, DisputeCaseId.From("DC-9"), type, Village, [PartyA, PartyB], GridWorker, at, "claim", "claim-9", []).Value,
        "points-appeal" => DisputeCase.ReportPointsAppeal(Rulebook, DisputeCaseId.From("DC-9"), type, Village, PartyA, "E-000000000042", at, "not mine").Value,
        _ => DisputeCase.Report(Rulebook, DisputeCaseId.From("DC-9"), type, Village, [PartyA, PartyB], GridWorker, at, "wall").Value,
    };

    private static Actor Body(DisputeCase c, DisputeTrigger trigger) => c.HandlerFor(trigger) switch
    {
        ActorRole.MoralEvaluationCouncil => Council,
        null => GridMediator,
        _ => HandlerOf(c),
    };

    /// <summary>Applies one command if the rules allow it; a refusal leaves the case as it was.</summary>
    private static DisputeCase Step(DisputeCase c, int command, Instant at)
    {
        var next = command switch
        {
            0 => c.Accept(Body(c, DisputeTrigger.Accept), at),
            1 => c.AcceptAs(Body(c, DisputeTrigger.Accept), at, CaseComplexity.Complex, "many parties"),
            2 => c.RecordAgreement(Body(c, DisputeTrigger.RecordAgreement), at, "agreed", seekCourtConfirmation: true),
            3 => c.RecordFailure(Body(c, DisputeTrigger.RecordFailure), at, "no agreement"),
            4 => c.Escalate(AsPartyA, at, "asks the next tier"),
            5 => c.GrantExtension(Body(c, DisputeTrigger.GrantExtension), at, "a witness is away"),
            6 => c.UpholdAppeal(Body(c, DisputeTrigger.UpholdAppeal), at, "not the appellant's field", 1m),
            7 => c.DismissAppeal(Body(c, DisputeTrigger.DismissAppeal), at, "the log is clear"),
            8 => c.Close(Body(c, DisputeTrigger.Close), at, DisputeClosure.Resolved, "done"),
            _ => Result<DisputeCase>.Success(c.Tick(at).Case),
        };
        return next.IsSuccess ? next.Value : c;
    }

    private static IEnumerable<(DisputeCase Case, Instant At)> Life((string Type, int Day, (int Command, int Hours)[] Steps) life)
    {
        var at = CivilTime.InstantOf(new LocalDate(2026, 1, 5).PlusDays(life.Day).At(new LocalTime(9, 0)));
        DisputeCase c;
        try
        {
            c = Report(life.Type, at);
        }
        catch (InvalidOperationException)
        {
            yield break; // a report whose acceptance deadline needs 2027 is refused (calendars never guess)
        }

        yield return (c, at);
        foreach (var (command, hours) in life.Steps)
        {
            at += Duration.FromHours(hours);
            if (CivilTime.DateOf(at).Year > 2026)
            {
                yield break;
            }

            c = Step(c, command, at);
            yield return (c, at);
        }
    }

    [Property(MaxTest = 200)]
    public Property EveryStateOfACase_RoundTripsFieldByField() =>
        Prop.ForAll(Lives.ToArbitrary(), life => Life(life).All(point =>
        {
            var json = DisputeCaseJson.Write(point.Case);
            var read = DisputeCaseJson.Read(json, Registry);
            return read.IsSuccess && DeepEquality.Equal(point.Case, read.Value) && DisputeCaseJson.Write(read.Value) == json;
        }));

    [Property(MaxTest = 200)]
    public Property ACaseReloadedAtAnyPoint_TicksExactlyAsTheNeverStoredCase() =>
        Prop.ForAll(Lives.ToArbitrary(), Gen.Choose(1, 60).ToArbitrary(), (life, days) => Life(life).All(point =>
        {
            var later = point.At + Duration.FromDays(days);
            if (CivilTime.DateOf(later).Year > 2026)
            {
                return true;
            }

            var stored = DisputeCaseJson.Read(DisputeCaseJson.Write(point.Case), Registry).Value;
            var never = point.Case.Tick(later);
            var reloaded = stored.Tick(later);
            return DeepEquality.Equal(never.Case, reloaded.Case) && never.Fired.SequenceEqual(reloaded.Fired) && reloaded.Case.Tick(later).Fired.IsEmpty;
        }));

    [Fact]
    public void ACaseOpenedUnder10_KeepsIt_After11IsPublished()
    {
        var v11 = GovernanceRulebookFile.Load(JsonEdit.Apply(GovernanceRulebookFile.RuichengJsonText, d =>
        {
            d["header"]!["version"] = "1.1";
            d["ladders"]![0]!["tiers"]![0]!["limit"]!["days"] = 3;
        })).Value;
        var registry = RulebookRegistry<GovernanceRulebook>.Create([Rulebook, v11]).Value;
        var accepted = Reported().Accept(GridMediator, At(9, 24, 10)).Value;
        var read = DisputeCaseJson.Read(DisputeCaseJson.Write(accepted), registry).Value;
        Assert.Same(Rulebook, read.Rulebook);
        Assert.Equal("ruicheng.governance@1.0", read.OpenedUnder.ToString());
        Assert.Equal(accepted.Deadline, read.Deadline);
    }

    [Fact]
    public void AStoredCaseWhoseVersionIsNotRegistered_IsRefused_NamingTheVersion()
    {
        var json = DisputeCaseJson.Write(Reported());
        var v2 = json.Replace("\"ruicheng.governance@1.0\"", "\"ruicheng.governance@2.0\"", StringComparison.Ordinal);
        var read = DisputeCaseJson.Read(v2, Registry);
        Assert.Equal((RulebookRegistry<GovernanceRulebook>.UnknownVersionCode, "$.rulebook"), (read.FirstViolation!.Code, read.FirstViolation.Path));
        Assert.Contains("ruicheng.governance@2.0", read.FirstViolation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"format\": 1", "\"format\": 2", "schema.const", "$.format")]
    [InlineData("\"caseType\": \"neighbour\"", "\"caseType\": \"duel\"", "dispute.stored.invalid", "$.caseType")]
    [InlineData("\"state\": \"reported\"", "\"state\": \"pending\"", "schema.enum", "$.state")]
    [InlineData("\"unit\": \"dawang.jinpen\",", "", "schema.required", "$")]
    public void ABrokenStoredCase_IsRefusedWithItsPath(string find, string replace, string code, string path)
    {
        var json = DisputeCaseJson.Write(Reported());
        Assert.Contains(find, json, StringComparison.Ordinal);
        var read = DisputeCaseJson.Read(json.Replace(find, replace, StringComparison.Ordinal), Registry);
        Assert.True(read.Violations.Any(v => v.Code.Value == code && v.Path == path), string.Join("; ", read.Violations.Select(v => $"{v.Code} at {v.Path}")));
    }

    [Fact]
    public void TheFieldByFieldComparison_CanFail()
    {
        var accepted = Reported().Accept(GridMediator, At(9, 24, 10)).Value;
        Assert.False(DeepEquality.Equal(Reported(), accepted));
        Assert.False(DeepEquality.Equal(accepted, accepted.Tick(At(9, 29, 1)).Case));
        var json = DisputeCaseJson.Write(accepted);
        var edited = DisputeCaseJson.Read(json.Replace("\"extensionsUsed\": 0", "\"extensionsUsed\": 1", StringComparison.Ordinal), Registry).Value;
        Assert.False(DeepEquality.Equal(accepted, edited));
        Assert.True(DeepEquality.Equal(accepted, DisputeCaseJson.Read(json, Registry).Value));
    }
}
