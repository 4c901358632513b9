using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace ClaimCheck.Corpus;

/// <summary>
/// One linear pass over HTML without building a tree: how deeply its elements nest, and its text with the tags removed.
/// A full HTML parser spends time growing with the square of the nesting depth, so markup nested deeper than any real
/// page (broken or hostile) is read with <see cref="StripTags"/> instead.
/// </summary>
internal static class HtmlScanner
{
    /// <summary>Elements with no end tag, or whose end tag is optional because the next one closes them: they add no depth.</summary>
    private static readonly FrozenSet<string> Flat = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
        "!doctype");

    /// <summary>Elements whose content is not text for people.</summary>
    private static readonly FrozenSet<string> Hidden = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "script", "style", "template", "noscript", "svg");

    /// <summary>Elements that start a new paragraph of text.</summary>
    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "address", "article", "blockquote", "body", "br", "caption", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "td", "th", "tr", "ul");

    /// <summary>Whether the elements of <paramref name="html"/> nest deeper than <paramref name="limit"/> (open minus closed tags).</summary>
    public static bool NestsDeeperThan(string html, int limit)
    {
        var depth = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Name is null || tag.SelfClosing || Flat.Contains(tag.Name))
            {
                continue;
            }

            depth = tag.Closing ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of <paramref name="html"/>: tags removed, scripts and styles dropped, entities decoded, block elements as paragraphs.</summary>
    public static string StripTags(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var hidden = 0;
        foreach (var tag in Tags(html))
        {
            if (hidden == 0)
            {
                text.Append(html, tag.TextStart, tag.TextEnd - tag.TextStart);
            }

            if (tag.Name is null || tag.SelfClosing)
            {
                continue;
            }

            if (Hidden.Contains(tag.Name))
            {
                hidden = Math.Max(0, hidden + (tag.Closing ? -1 : 1));
            }

            if (Blocks.Contains(tag.Name))
            {
                text.Append("\n\n");
            }
        }

        var paragraphs = WebUtility.HtmlDecode(text.ToString())
            .Split("\n\n")
            .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>
    /// The tags of <paramref name="html"/> in order, each with the text before it; comments count as tags with no name,
    /// the content of scripts and styles as no text, and the text after the last tag comes with no name. Linear: every
    /// character is looked at a bounded number of times.
    /// </summary>
    private static IEnumerable<HtmlTag> Tags(string html)
    {
        var textStart = 0;
        var i = 0;
        while (true)
        {
            var open = i < html.Length ? html.IndexOf('<', i) : -1;
            if (open < 0)
            {
                yield return new HtmlTag(textStart, html.Length, null, false, false);
                yield break;
            }

            if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                yield return new HtmlTag(textStart, open, null, false, true);
                var end = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = textStart = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = open + 1 < html.Length && html[open + 1] == '/';
            var nameStart = open + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || (nameEnd == nameStart && html[nameEnd] == '!')))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || html[nameStart] is not ('!' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
            {
                i = open + 1; // a lone '<' is text
                continue;
            }

            var close = html.IndexOf('>', nameEnd);
            var name = html[nameStart..nameEnd];
            var selfClosing = close > 0 && html[close - 1] == '/';
            yield return new HtmlTag(textStart, open, name, closing, selfClosing);
            i = textStart = close < 0 ? html.Length : close + 1;

            // Raw text: nothing inside a script or style is a tag, and none of it is text for people.
            if (!closing && !selfClosing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = textStart = end < 0 ? html.Length : end;
            }
        }
    }

    /// <summary>A tag and the text before it (<c>[TextStart, TextEnd)</c> of the page).</summary>
    private readonly record struct HtmlTag(int TextStart, int TextEnd, string? Name, bool Closing, bool SelfClosing);
}
