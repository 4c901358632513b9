using System.Text.RegularExpressions;

namespace ClaimCheck.Tests.Support;

/// <summary>
/// Figures written for machines that must not reach people: interval notation (<c>[1.5, 2.5]</c>, <c>(40, ∞)</c>, in
/// Markdown also <c>\[0, 30\]</c>), infinity, long decimals (<c>119999999.5</c>, <c>2023.1616</c>) and long runs of
/// digits with no thousands separators (<c>120000000</c>). Runs inside ids (<c>c1840fb00d5d48ea0</c>) are not figures.
/// </summary>
internal static partial class RawFigures
{
    /// <summary>Every raw figure in <paramref name="text"/>, each with a little of the text around it, to say where.</summary>
    public static List<string> In(string text) =>
        [.. new[] { Interval(), Infinity(), LongDecimal(), LongDigits() }
            .SelectMany(pattern => pattern.Matches(text))
            .Select(match => text[Math.Max(0, match.Index - 40)..Math.Min(text.Length, match.Index + match.Length + 40)])];

    [GeneratedRegex(@"\\?[\[(]\s*-?\d[\d.]*(?:[eE][+-]?\d+)?\s*,\s*(?:-?\d[\d.]*(?:[eE][+-]?\d+)?|-?∞)\s*\\?[\])]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Interval();

    [GeneratedRegex("∞", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Infinity();

    [GeneratedRegex(@"(?<![\w.])\d+\\?\.\d{4,}(?!\w)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LongDecimal();

    [GeneratedRegex(@"(?<![\w.,])\d{7,}(?!\w)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LongDigits();
}
