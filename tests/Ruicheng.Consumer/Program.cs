using Ruicheng.Primitives;

// A consumer's first use: split 100 yuan three ways by key and check it adds up to the fen.
var shares = Money.FromYuan(100m).Allocate<string>(["collective", "cooperative", "villagers"], [1L, 1L, 1L]);
Console.WriteLine($"Primitives: {string.Join(" / ", shares)}");
if (Money.Sum(shares) != Money.FromYuan(100m) || shares[0] != Money.FromYuan(33.34m))
{
    Console.Error.WriteLine("consumer check failed: allocation does not match the documented result");
    return 1;
}

Console.WriteLine("consumer check passed");
return 0;
