namespace Ruicheng.Cli.Infrastructure;

/// <summary>Input the tool cannot use at all; the message is one line naming the file, line or JSON path, and field.</summary>
internal sealed class UnusableInputException(string message) : Exception(message)
{
    public static UnusableInputException At(string file, string place, string reason) => new($"{file}:{place}: {reason}");
}
