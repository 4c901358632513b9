using System.Globalization;
using System.Text;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting;

/// <summary>
/// Corpus text made inert for GitHub-flavoured Markdown: it reads as the same characters but can never open a link,
/// an image, HTML, emphasis, a code span, math, a table cell or a block (heading, list, quote).
/// </summary>
internal static class MarkdownText
{
    // Every character that can start or end inline markup, including GFM tables (|), strikethrough (~),
    // GitHub math ($), entities (&) and raw HTML (<, >). A backslash before ASCII punctuation shows it literally.
    private const string Special = "\\`*_[]<>|#~&$";

    /// <summary>The text on one line, with every markup character escaped.</summary>
    public static string Escape(string? text)
    {
        var line = WhiteSpace.OneLine(text);
        var builder = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        EscapeBlockStart(builder);
        return builder.ToString();
    }

    /// <summary><c>[text](url)</c> when the URL is http or https, else the escaped text alone.</summary>
    public static string Link(string text, string? url)
    {
        var safe = SafeUrl.Http(url);
        var label = Escape(text);
        return safe is null || label.Length == 0 ? label : $"[{label}]({EncodeDestination(safe)})";
    }

    // Text at the start of a line or list item could open a block: a list (-, +, *, 1.), a setext underline (=), a quote (>).
    internal static void EscapeBlockStart(StringBuilder builder)
    {
        if (builder.Length == 0)
        {
            return;
        }

        if (builder[0] is '-' or '+' or '=')
        {
            builder.Insert(0, '\\');
            return;
        }

        var digits = 0;
        while (digits < builder.Length && char.IsAsciiDigit(builder[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < builder.Length && builder[digits] is '.' or ')')
        {
            builder.Insert(digits, '\\');
        }
    }

    // Percent-encode whatever could end the destination or a table cell, or be read as markup: the URL stays the same address.
    private static string EncodeDestination(string url)
    {
        var builder = new StringBuilder(url.Length);
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-._~:/?#@!$&'+,;=%".Contains(c, StringComparison.Ordinal)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
