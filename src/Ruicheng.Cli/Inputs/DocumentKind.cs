using System.Text.Json;
using Ruicheng.Cli.Infrastructure;

namespace Ruicheng.Cli.Inputs;

/// <summary>The kinds of document <c>validate</c> understands, recognised by their top-level members.</summary>
internal enum DocumentKind
{
    Hierarchy,
    GovernanceRulebook,
    EconomyRulebook,
    CivilityRulebook,
    GovernanceCalendar,
}

/// <summary>Recognises a document's kind.</summary>
internal static class DocumentKinds
{
    public static DocumentKind Detect(string file, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("units", out _))
                {
                    return DocumentKind.Hierarchy;
                }

                if (root.TryGetProperty("ladders", out _))
                {
                    return DocumentKind.GovernanceRulebook;
                }

                if (root.TryGetProperty("year", out _) && root.TryGetProperty("holidays", out _))
                {
                    return DocumentKind.GovernanceCalendar;
                }

                if (root.TryGetProperty("plans", out _))
                {
                    return DocumentKind.EconomyRulebook;
                }

                if (root.TryGetProperty("credit", out _) || root.TryGetProperty("covenant", out _))
                {
                    return DocumentKind.CivilityRulebook;
                }
            }
        }
        catch (JsonException exception)
        {
            throw UnusableInputException.At(file, $"line {exception.LineNumber + 1}", $"not JSON: {exception.Message.Split('.')[0]}");
        }

        throw UnusableInputException.At(file, "$", "cannot tell what kind of file this is: expected 'units' (hierarchy), 'ladders' (governance rulebook), 'year' and 'holidays' (calendar year), 'plans' (economy rulebook) or 'credit' (civility rulebook)");
    }

    public static string Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.Hierarchy => "hierarchy file",
        DocumentKind.GovernanceRulebook => "governance rulebook",
        DocumentKind.EconomyRulebook => "economy rulebook",
        DocumentKind.GovernanceCalendar => "calendar year",
        _ => "civility rulebook",
    };
}
