namespace Ruicheng.Primitives.Tests;

public class RuleViolationTests
{
    private static readonly RuleId MaxTables = RuleId.From("covenant.wedding.max-tables");

    [Fact]
    public void ToString_ShowsCodePathMessageAndFigures()
    {
        var violation = RuleViolation.At(MaxTables, "$.tables", "Too many tables.", "25", Figure.Of("limit", 20), Figure.Of("actual", 25));
        Assert.Equal("[covenant.wedding.max-tables] $.tables: Too many tables. (limit = 20, actual = 25)", violation.ToString());
        Assert.Equal("25", violation.AttemptedValue);
    }

    [Fact]
    public void Of_UnsetCode_Throws() =>
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => RuleViolation.Of(default, "x")).ParamName);

    [Fact]
    public void Result_Failure_CarriesEveryViolation()
    {
        var first = RuleViolation.Of(MaxTables, "one");
        var second = RuleViolation.Of(RuleId.From("other"), "two");
        var result = Result<int>.Failure(first, second);
        Assert.True(result.IsFailure);
        Assert.Equal([first, second], result.Violations.ToArray());
        Assert.Same(first, result.FirstViolation);
        Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.False(result.TryGetValue(out _));
        Assert.True(result.Map(v => v + 1).IsFailure);
    }

    [Fact]
    public void Result_Success_HasValue()
    {
        var result = Result<int>.Success(41).Map(v => v + 1);
        Assert.True(result.IsSuccess);
        Assert.Equal(42, result.Value);
        Assert.Empty(result.Violations);
    }

    [Fact]
    public void Result_Bind_RunsTheNextStepOnlyOnSuccess_AndMatchFolds()
    {
        var refused = RuleViolation.Of(MaxTables, "too many");
        Result<int> Half(int v) => v % 2 == 0 ? Result<int>.Success(v / 2) : Result<int>.Failure(refused);
        Assert.Equal(21, Result<int>.Success(42).Bind(Half).Value);
        Assert.Same(refused, Result<int>.Success(41).Bind(Half).FirstViolation);
        var ran = false;
        var failed = Result<int>.Failure(refused).Bind(v => { ran = true; return Half(v); });
        Assert.False(ran);
        Assert.Equal([refused], failed.Violations.ToArray());
        Assert.Equal("42", Result<int>.Success(42).Match(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), vs => vs[0].Message));
        Assert.Equal("too many", failed.Match(v => "x", vs => vs[0].Message));
    }

    [Fact]
    public void Result_FailureWithoutViolations_Throws() =>
        Assert.Throws<ArgumentException>(() => Result<int>.Failure(Array.Empty<RuleViolation>()));
}
