using System.Diagnostics.Contracts;
using System.Globalization;

namespace Ruicheng.Primitives;

public readonly partial struct Money
{
    private const char YuanSign = '¥';

    /// <summary>
    /// Formats the amount invariantly with the yuan sign, thousands separators and exactly two decimals:
    /// <c>¥1,234.56</c>, <c>-¥0.05</c>. The output is culture-independent and round-trips through <see cref="Parse"/>.
    /// </summary>
    public override string ToString()
    {
        var magnitude = (ulong)(_fen < 0 ? -(Int128)_fen : _fen);
        var yuan = magnitude / FenPerYuan;
        var fen = magnitude % FenPerYuan;
        var sign = _fen < 0 ? "-" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{YuanSign}{yuan:N0}.{fen:00}");
    }

    /// <summary>
    /// Formats the amount as a plain invariant decimal number of yuan with two decimals and no sign or separators
    /// (<c>1234.56</c>, <c>-0.05</c>): the form used in CSV and JSON files.
    /// </summary>
    [Pure]
    public string ToPlainString()
    {
        var magnitude = (ulong)(_fen < 0 ? -(Int128)_fen : _fen);
        var sign = _fen < 0 ? "-" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude / FenPerYuan}.{magnitude % FenPerYuan:00}");
    }

    /// <summary>
    /// Parses an amount written in yuan: an optional leading <c>-</c>, an optional <c>¥</c>, digits with optional
    /// thousands separators (<c>,</c>, in groups of three), and at most two decimals. Accepts everything
    /// <see cref="ToString"/> and <see cref="ToPlainString"/> produce.
    /// </summary>
    /// <param name="text">The text to parse, e.g. <c>¥1,234.56</c> or <c>1234.5</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an amount in this form (the message says why).</exception>
    [Pure]
    public static Money Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out var value, out var error) ? value : throw new FormatException($"'{text}' is not an amount of yuan: {error}.");
    }

    /// <summary>Parses an amount written in yuan without throwing; see <see cref="Parse"/> for the accepted form.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The amount, or <see cref="Zero"/> when parsing failed.</param>
    /// <returns>Whether the text was a valid amount.</returns>
    public static bool TryParse(string? text, out Money value)
    {
        if (text is null)
        {
            value = Zero;
            return false;
        }

        return TryParseCore(text, out value, out _);
    }

    private static bool TryParseCore(ReadOnlySpan<char> text, out Money value, out string error)
    {
        value = Zero;
        text = text.Trim();
        var negative = false;
        if (text.Length > 0 && text[0] == '-')
        {
            negative = true;
            text = text[1..];
        }

        if (text.Length > 0 && (text[0] == YuanSign || text[0] == '￥'))
        {
            text = text[1..];
        }

        var point = text.IndexOf('.');
        var integerPart = point < 0 ? text : text[..point];
        var fractionPart = point < 0 ? ReadOnlySpan<char>.Empty : text[(point + 1)..];
        if (integerPart.IsEmpty)
        {
            error = "no digits before the decimal point";
            return false;
        }

        if (point >= 0 && (fractionPart.IsEmpty || fractionPart.Length > 2))
        {
            error = "a decimal point must be followed by one or two digits (amounts are whole fen)";
            return false;
        }

        Int128 magnitude = 0;
        var digitsInGroup = 0;
        var sawSeparator = false;
        foreach (var c in integerPart)
        {
            if (c == ',')
            {
                if (digitsInGroup == 0 || (sawSeparator && digitsInGroup != 3))
                {
                    error = "thousands separators must separate groups of three digits";
                    return false;
                }

                sawSeparator = true;
                digitsInGroup = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                error = $"unexpected character '{c}'";
                return false;
            }

            magnitude = (magnitude * 10) + (c - '0');
            digitsInGroup++;
            if (magnitude > long.MaxValue)
            {
                error = "the amount is out of range";
                return false;
            }
        }

        if (sawSeparator && digitsInGroup != 3)
        {
            error = "thousands separators must separate groups of three digits";
            return false;
        }

        var fen = 0;
        for (var i = 0; i < 2; i++)
        {
            fen *= 10;
            if (i < fractionPart.Length)
            {
                var c = fractionPart[i];
                if (!char.IsAsciiDigit(c))
                {
                    error = $"unexpected character '{c}'";
                    return false;
                }

                fen += c - '0';
            }
        }

        var total = (magnitude * FenPerYuan) + fen;
        if (negative)
        {
            total = -total;
        }

        if (total > long.MaxValue || total < long.MinValue)
        {
            error = "the amount is out of range";
            return false;
        }

        value = new Money((long)total);
        error = string.Empty;
        return true;
    }
}
