using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Governance.Disputes;
using static Ruicheng.Governance.Tests.Disputes.DisputeFixtures;

namespace Ruicheng.Governance.Tests.Disputes;

public partial class DisputeCaseTests
{
    private static readonly string[] CaseTypes = ["neighbour", "family", "labour-wages", "petition"];

    /// <summary>Random command scripts: (command, hours after the previous step) pairs.</summary>
    private static Arbitrary<(int CaseType, (int Command, int Hours)[] Script)> Scripts { get; } =
        Gen.Choose(0, 3).SelectMany(t => Gen.Choose(0, 9).SelectMany(c => Gen.Choose(0, 120).Select(h => (c, h))).ArrayOf().Select(s => (t, s))).ToArbitrary();

    private static List<DisputeCase> Run((int CaseType, (int Command, int Hours)[] Script) input)
    {
        var current = Reported(CaseTypes[input.CaseType], At(9, 21, 9));
        var history = new List<DisputeCase> { current };
        var now = current.ReportedAt;
        foreach (var (command, hours) in input.Script)
        {
            now += Duration.FromHours(hours);
            var handler = HandlerOf(current);
            var result = command switch
            {
                0 => current.Accept(handler, now),
                1 => current.Decline(handler, now, "out of scope"),
                2 => current.RecordAgreement(handler, now, "terms", hours % 2 == 0),
                3 => current.RecordFailure(handler, now, "no agreement"),
                4 => current.Escalate(AsPartyA, now, "asks"),
                5 => current.GrantExtension(handler, now, "more time"),
                6 => current.Withdraw(AsPartyA, now, "withdrawn"),
                7 => current.ReferToCourt(AsPartyA, now, "sue"),
                8 => current.Close(handler, now, DisputeClosure.Resolved, "done"),
                _ => Result<DisputeCase>.Success(current.Tick(now).Case),
            };
            if (result.IsSuccess)
            {
                current = result.Value;
                history.Add(current);
            }
        }

        return history;
    }

    [Property(MaxTest = 150)]
    public Property StageNeverGoesBackwards_Holds() =>
        Prop.ForAll(Scripts, input =>
            Run(input).Select(c => (c.TierIndex, (int?)c.Stage ?? -1)).Zip(Run(input).Skip(1).Select(c => (c.TierIndex, (int?)c.Stage ?? -1)))
                .All(p => p.Second.TierIndex >= p.First.TierIndex && p.Second.Item2 >= p.First.Item2));

    [Property(MaxTest = 150)]
    public Property TerminalStatesAreAbsorbing_Holds() =>
        Prop.ForAll(Scripts, input =>
        {
            var history = Run(input);
            var firstTerminal = history.FindIndex(c => c.IsTerminal);
            return firstTerminal < 0 || history.Skip(firstTerminal).All(c => ReferenceEquals(c, history[firstTerminal]) || c.State == history[firstTerminal].State && c.Audit.Length == history[firstTerminal].Audit.Length);
        });

    [Property(MaxTest = 150)]
    public Property EveryEscalationIsInTheAuditTrail_Holds() =>
        Prop.ForAll(Scripts, input =>
        {
            var history = Run(input);
            return history.Zip(history.Skip(1)).All(p =>
                p.Second.TierIndex == p.First.TierIndex
                || p.Second.Audit.Skip(p.First.Audit.Length).Any(a => a.FromTier != a.ToTier && a.ToTier == p.Second.TierId)
                || (p.First.TierIndex < 0 && p.Second.Audit[^1].Trigger == DisputeTrigger.Accept));
        });

    [Property(MaxTest = 150)]
    public Property TickIsIdempotentAndCommutesWithReplay_Holds() =>
        Prop.ForAll(Scripts, Gen.Choose(0, 2000).ToArbitrary(), Gen.Choose(0, 2000).ToArbitrary(), (input, h1, h2) =>
        {
            var start = Run(input)[^1];
            var base0 = start.Audit.IsEmpty ? start.ReportedAt : start.Audit[^1].At;
            var (early, late) = (base0 + Duration.FromHours(Math.Min(h1, h2)), base0 + Duration.FromHours(Math.Max(h1, h2)));
            var direct = start.Tick(late);
            var replayed = start.Tick(early).Case.Tick(late);
            var again = direct.Case.Tick(late);
            return again.Fired.IsEmpty
                && Same(direct.Case, replayed.Case) && Same(direct.Case, again.Case)
                && start.Tick(early).Fired.Length + replayed.Fired.Length == direct.Fired.Length;
        });

    private static bool Same(DisputeCase a, DisputeCase b) =>
        a.State == b.State && a.TierIndex == b.TierIndex && a.Deadline == b.Deadline && a.Audit.SequenceEqual(b.Audit) && a.FiredDeadlines.SetEquals(b.FiredDeadlines);
}
