using FluentValidation.Results;
using Ruicheng.Shared.Validation;

namespace Ruicheng.Governance.Tests.Shared;

public class ValidationViolationsTests
{
    [Theory]
    [InlineData("Tiers[2].LimitDays", "$.tiers[2].limitDays")]
    [InlineData("Header.Version", "$.header.version")]
    [InlineData("", "$")]
    [InlineData("Units[0]", "$.units[0]")]
    public void ToJsonPath_CamelCasesMembers(string property, string expected) =>
        Assert.Equal(expected, ValidationViolations.ToJsonPath(property));

    [Fact]
    public void From_KeepsCodePathAndAttemptedValue()
    {
        var failure = new ValidationFailure("Tiers[0].LimitDays", "must not be negative", -1) { ErrorCode = "governance.tier.limit-negative" };
        var violation = Assert.Single(ValidationViolations.From(new ValidationResult([failure])));
        Assert.Equal(RuleId.From("governance.tier.limit-negative"), violation.Code);
        Assert.Equal("$.tiers[0].limitDays", violation.Path);
        Assert.Equal("-1", violation.AttemptedValue);
    }
}
