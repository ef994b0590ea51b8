using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Disputes.Rules;
using static Ruicheng.Governance.Tests.Disputes.DisputeFixtures;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>Issue 17: <c>Accept</c> dated before the report succeeded, because the report is not an audit entry.</summary>
public class CommandsCannotPrecedeTheReport
{
    [Fact]
    public void AcceptingBeforeTheReport_IsRefused_AtTheReportItIsAllowed()
    {
        var reported = Reported(at: At(9, 24, 9));
        var early = reported.Accept(GridMediator, At(9, 24, 8));
        Assert.Equal(CommandsMustBeChronologicalRule.Id, Assert.Single(early.Violations).Code);
        Assert.Contains("before the report", early.FirstViolation!.Message, StringComparison.Ordinal);
        Assert.True(reported.Accept(GridMediator, At(9, 24, 9)).IsSuccess);
        Assert.Equal(CommandsMustBeChronologicalRule.Id, reported.Withdraw(AsPartyA, At(9, 23), "never mind").FirstViolation!.Code);
        Assert.Equal(CommandsMustBeChronologicalRule.Id, reported.Decline(GridMediator, At(9, 1), "x").FirstViolation!.Code);
    }
}
