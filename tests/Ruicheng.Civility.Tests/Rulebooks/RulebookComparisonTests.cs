using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Tests.Rulebooks;

/// <summary>
/// Issue 14: <see cref="CivilityRulebook.Compare"/> over generated rulebook pairs (the built-in rulebook with random
/// valid edits: points, caps, names, the honour window, the base score, notice days, a new rule, reordered lists).
/// </summary>
public sealed class RulebookComparisonTests
{
    private static readonly CivilityRulebook Current = CivilityRulebookFile.LoadRuicheng();

    [Fact]
    public void ARulebookComparedWithItself_HasNoChange() =>
        Assert.True(CivilityRulebook.Compare(Current, CivilityRulebookFile.LoadRuicheng()).IsEmpty);

    [Property(MaxTest = 150)]
    public bool TheListedChangesAppliedToTheCurrentRulebook_GiveTheProposedOne(int seed)
    {
        var proposedJson = Edit(new Random(seed));
        var proposed = CivilityRulebookFile.Load(proposedJson);
        if (proposed.IsFailure)
        {
            throw new InvalidOperationException("the generator made an invalid rulebook: " + proposed.FirstViolation);
        }

        var comparison = CivilityRulebook.Compare(Current, proposed.Value);
        var applied = CivilityRulebookFile.Load(comparison.Apply(CivilityRulebookFile.RuichengJsonText));
        return !comparison.IsEmpty && applied.IsSuccess && CivilityRulebook.Compare(applied.Value, proposed.Value).IsEmpty;
    }

    private static string Edit(Random random)
    {
        var document = JsonNode.Parse(CivilityRulebookFile.RuichengJsonText)!.AsObject();
        document["header"]!["version"] = "1." + random.Next(1, 9);
        var rules = document["rules"]!.AsArray();
        var categories = document["categories"]!.AsArray();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            switch (random.Next(8))
            {
                case 0:
                    var rule = rules[random.Next(rules.Count)]!;
                    var points = (int)rule["points"]!;
                    rule["points"] = Math.Sign(points) * random.Next(1, 30);
                    break;
                case 1:
                    var category = categories[random.Next(categories.Count)]!;
                    category["caps"]![0]!["max"] = random.Next(0, 100);
                    break;
                case 2:
                    rules[random.Next(rules.Count)]!["chinese"] = "修订后的名称" + random.Next(100);
                    break;
                case 3:
                    document["expiry"]!["honourWindowMonths"] = random.Next(1, 121);
                    break;
                case 4:
                    document["credit"]!["baseScore"] = random.Next(900, 1001);
                    break;
                case 5:
                    var added = rules[0]!.DeepClone().AsObject();
                    added["id"] = "new-rule-" + random.Next(1000);
                    if (!rules.Any(r => (string)r!["id"]! == (string)added["id"]!))
                    {
                        rules.Add(added);
                    }

                    break;
                case 6:
                    var first = categories[0];
                    categories.RemoveAt(0);
                    categories.Add(first);
                    break;
                default:
                    document["publication"]!["noticeDays"] = random.Next(1, 30);
                    break;
            }
        }

        return document.ToJsonString();
    }
}
