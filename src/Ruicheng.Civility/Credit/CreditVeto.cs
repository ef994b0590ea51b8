using Ruicheng.Civility.Points;

namespace Ruicheng.Civility.Credit;

/// <summary>A veto (一票否决): a fact about a resident (e.g. a criminal conviction) that caps their tier whatever their score.</summary>
/// <param name="Code">The veto's code; hosts pass the codes that apply to a resident.</param>
/// <param name="Description">What it is.</param>
/// <param name="CapTier">The highest tier the resident can have while it applies.</param>
public sealed record CreditVeto(RuleId Code, string Description, CreditTier CapTier);
