using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClaimCheck.Documents;

namespace ClaimCheck.Corpus;

/// <summary>
/// Extracts the main text and metadata of an HTML page: page chrome is dropped, an <c>&lt;article&gt;</c> or
/// <c>&lt;main&gt;</c> is preferred to the whole body, and block elements become paragraphs separated by blank lines.
/// </summary>
internal static class HtmlExtractor
{
    /// <summary>Elements that never hold article text.</summary>
    private const string ChromeSelector =
        "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, textarea";

    private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    // Meta tags that carry the publication date, most specific first.
    private static readonly string[] DateSelectors =
    [
        "meta[property='article:published_time']",
        "meta[name='article:published_time']",
        "meta[itemprop='datePublished']",
        "meta[name='pubdate']",
        "meta[name='publishdate']",
        "meta[name='date']",
        "meta[name='dc.date']",
        "meta[name='DC.date.issued']",
        "meta[name='dcterms.created']",
    ];

    /// <summary>
    /// Deeper than this, elements are not a page but broken or hostile markup (real pages nest a few dozen deep), and
    /// parsing them into a tree would take time growing with the square of the depth.
    /// </summary>
    public const int MaxDepth = 1_000;

    /// <summary>The main text and metadata of a page.</summary>
    /// <param name="html">The page.</param>
    /// <param name="tooDeep">Set when the page nests deeper than <see cref="MaxDepth"/>: its text is then read with the tags removed, without metadata.</param>
    public static (string Text, FormatMetadata Metadata) Extract(string html, out bool tooDeep)
    {
        tooDeep = HtmlScanner.NestsDeeperThan(html, MaxDepth);
        if (tooDeep)
        {
            return (HtmlScanner.StripTags(html), FormatMetadata.None);
        }

        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var root = ContentRoot(document);

        // Metadata first: the headline and <time> of an article often sit in its <header>, which is then dropped.
        var metadata = ReadMetadata(document, root);

        foreach (var element in document.QuerySelectorAll(ChromeSelector).ToList())
        {
            // Some sites wrap the whole page in one <form>: never drop what contains the content.
            if (!element.Contains(root))
            {
                element.Remove();
            }
        }

        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, paragraphs, current);
        Flush(paragraphs, current);
        return (string.Join("\n\n", paragraphs), metadata);
    }

    /// <summary>The longest <c>&lt;article&gt;</c> (pages list teasers as articles too), else <c>&lt;main&gt;</c>, else the body.</summary>
    private static IElement ContentRoot(IDocument document)
    {
        var article = document.QuerySelectorAll("article")
            .OrderByDescending(a => a.TextContent.Length)
            .FirstOrDefault();
        return article
            ?? document.QuerySelector("main, [role='main']")
            ?? document.Body
            ?? document.DocumentElement;
    }

    private static FormatMetadata ReadMetadata(IDocument document, IElement root)
    {
        var title = Meta(document, "meta[property='og:title']")
            ?? Collapse(root.QuerySelector("h1")?.TextContent)
            ?? Collapse(document.QuerySelector("h1")?.TextContent)
            ?? Collapse(document.Title);

        DateOnly? published = null;
        foreach (var selector in DateSelectors)
        {
            published ??= DateLine.ParseValue(Meta(document, selector));
        }

        published ??= DateLine.ParseValue(TimeAttribute(root) ?? TimeAttribute(document.DocumentElement));

        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")?.Trim()
            ?? Meta(document, "meta[property='og:url']");
        return new FormatMetadata(
            title,
            Meta(document, "meta[property='og:site_name']"),
            string.IsNullOrEmpty(url) ? null : url,
            published,
            published is null ? DateSource.None : DateSource.FrontMatter,
            []);
    }

    private static string? TimeAttribute(IElement scope) =>
        (scope.QuerySelector("time[itemprop='datePublished'][datetime], time[pubdate][datetime]")
            ?? scope.QuerySelector("time[datetime]"))?.GetAttribute("datetime");

    private static string? Meta(IDocument document, string selector) =>
        Collapse(document.QuerySelector(selector)?.GetAttribute("content"));

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(current, text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    current.Append('\n');
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    Flush(paragraphs, current);
                    Walk(element, paragraphs, current);
                    Flush(paragraphs, current);
                    break;
                case IElement element:
                    Walk(element, paragraphs, current);
                    break;
            }
        }
    }

    /// <summary>Appends text with HTML white space (not U+00A0) collapsed to single spaces.</summary>
    private static void AppendCollapsed(StringBuilder current, string text)
    {
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (current.Length > 0 && current[^1] is not (' ' or '\n'))
                {
                    current.Append(' ');
                }
            }
            else
            {
                current.Append(c);
            }
        }
    }

    /// <summary>Ends the current paragraph; its <c>&lt;br&gt;</c> breaks stay single line feeds.</summary>
    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var lines = current.ToString()
            .Split('\n')
            .Select(l => l.Trim(' '))
            .Where(l => l.Length > 0);
        var paragraph = string.Join('\n', lines);
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }

        current.Clear();
    }

    private static string? Collapse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        AppendCollapsed(builder, text);
        var collapsed = builder.ToString().Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }
}
