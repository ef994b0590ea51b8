using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Primitives.Serialization;
using Ruicheng.Primitives.Validation;

namespace Ruicheng.Economy.Distributions;

/// <summary>
/// The stored form of a distribution and its explanation (schema <see cref="Schema"/>, <c>ruicheng schema
/// distribution-result</c>, format 1): the income, every line in order (tranche, rule, recipient, member, amount,
/// retained, why, and the reason as a message), the reinvestment shares issued, and the explanation. A distribution
/// read back equals the one written, line for line.
/// </summary>
public static class DistributionResultJson
{
    /// <summary>The stored form's version.</summary>
    public const int Format = 1;

    /// <summary>The code of a document that is not a stored distribution (bad shape, or lines that do not sum to the income).</summary>
    public static RuleId InvalidCode { get; } = RuleId.From("distribution.stored.invalid");

    private static readonly DocumentSchema Shape = DocumentSchema.Parse(Resources.Read("distribution-result.schema.json"));

    private static readonly JsonSerializerOptions WriteOptions = new(RuichengJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The JSON schema of stored distributions.</summary>
    public static string Schema => Resources.Read("distribution-result.schema.json");

    /// <summary>Writes a distribution with its explanation in the stored form (indented JSON).</summary>
    /// <param name="distribution">The distribution, as <c>CooperativeDistribution.Distribute</c> decided it.</param>
    public static string Write(Decision<DistributionResult> distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var result = distribution.Value;
        return JsonSerializer.Serialize(
            new ResultDocument
            {
                Schema = "distribution-result.schema.json",
                Format = Format,
                Income = result.Income,
                Lines = [.. result.Lines.Select(l => new LineDocument
                {
                    Tranche = l.Tranche, Rule = l.Rule.Value, Recipient = l.Recipient, Member = l.Member?.Value, Amount = l.Amount, Retained = l.Retained, Why = l.Why, Reason = l.Reason,
                })],
                IssuedShares = [.. result.IssuedShares.Select(ShareHoldingDocument.Of)],
                Explanation = distribution.Explanation,
            },
            WriteOptions);
    }

    /// <summary>Reads a stored distribution: schema first, then the lines checked to sum to the income.</summary>
    /// <param name="json">The stored form.</param>
    /// <returns>The distribution and its explanation, or every violation with its path.</returns>
    public static Result<Decision<DistributionResult>> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var shape = ValidatedDocument.CheckShape(json, Shape);
        if (!shape.IsEmpty)
        {
            return Result<Decision<DistributionResult>>.Failure(shape);
        }

        return RuichengJson.Read<ResultDocument>(json).Bind(d =>
        {
            var lines = d.Lines!.Select(l => new DistributionLine(
                l!.Tranche!.Value, RuleId.From(l.Rule!), l.Recipient!, l.Member is null ? null : MemberId.From(l.Member), l.Amount!.Value, l.Retained, l.Why!) { Reason = l.Reason }).ToImmutableArray();
            var sum = Money.Sum(lines.Select(l => l.Amount));
            if (sum != d.Income!.Value)
            {
                return Result<Decision<DistributionResult>>.Failure(RuleViolation.At(
                    InvalidCode, "$.lines", $"The lines sum to {sum}, not to the income {d.Income.Value}.", null, Figure.Of("income", d.Income.Value), Figure.Of("lines", sum)));
            }

            var shares = d.IssuedShares!.Select(h => h!.ToHolding()).ToImmutableArray();
            return Result<Decision<DistributionResult>>.Success(Decision<DistributionResult>.Create(new DistributionResult(d.Income.Value, lines, shares), d.Explanation!));
        });
    }

    private sealed class ResultDocument
    {
        [JsonPropertyName("$schema")]
        public string? Schema { get; set; }

        public int Format { get; set; }

        public Money? Income { get; set; }

        public List<LineDocument?>? Lines { get; set; }

        public List<ShareHoldingDocument?>? IssuedShares { get; set; }

        public Explanation? Explanation { get; set; }
    }

    private sealed class LineDocument
    {
        public DistributionTranche? Tranche { get; set; }

        public string? Rule { get; set; }

        public string? Recipient { get; set; }

        public string? Member { get; set; }

        public Money? Amount { get; set; }

        public bool Retained { get; set; }

        public string? Why { get; set; }

        public ExplanationStep? Reason { get; set; }
    }
}
