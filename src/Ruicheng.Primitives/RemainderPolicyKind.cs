namespace Ruicheng.Primitives;

/// <summary>The closed set of remainder policies; internal so that policies are created only through <see cref="RemainderPolicy"/>.</summary>
internal enum RemainderPolicyKind
{
    LargestRemainder,
    LargestWeight,
    ToParty,
}
