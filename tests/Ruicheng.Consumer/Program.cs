using Ruicheng.Primitives;

// The consumer check: the packages as an outside project sees them (package references from the packed folder).
// First the five README quick starts, extracted verbatim by eng/extract-quickstarts.py; then a documented result.
QuickStarts.PrimitivesQuickStart.Run();
QuickStarts.GovernanceQuickStart.Run();
QuickStarts.EconomyQuickStart.Run();
QuickStarts.CivilityQuickStart.Run();
await QuickStarts.StorageQuickStart.RunAsync();

var shares = Money.FromYuan(100m).Allocate<string>(["collective", "cooperative", "villagers"], [1L, 1L, 1L]);
if (Money.Sum(shares) != Money.FromYuan(100m) || shares[0] != Money.FromYuan(33.34m))
{
    Console.Error.WriteLine("consumer check failed: allocation does not match the documented result");
    return 1;
}

Console.WriteLine("consumer check passed: five quick starts ran against the packed packages");
return 0;
