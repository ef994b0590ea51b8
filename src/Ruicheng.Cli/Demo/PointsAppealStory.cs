using Ruicheng.Civility.Ledger;
using Ruicheng.Governance.Disputes;

namespace Ruicheng.Cli.Demo;

/// <summary>
/// One points appeal (积分争议) end to end in the demo: the appealed entry, the case through the village moral evaluation
/// council, the civic events it raised and what the ledger made of them, and the balance before and after.
/// </summary>
/// <param name="Appealed">The deduction appealed.</param>
/// <param name="Case">The decided appeal case.</param>
/// <param name="Ingested">The ledger's report on the case's civic events.</param>
/// <param name="BalanceBefore">The appellant's balance before the appeal.</param>
/// <param name="BalanceAfter">The appellant's balance after it.</param>
internal sealed record PointsAppealStory(PointsEntry Appealed, DisputeCase Case, IngestReport Ingested, long BalanceBefore, long BalanceAfter);
