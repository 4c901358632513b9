using System.Text;
using ClaimCheck.Diffing;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Reporting;
using ClaimCheck.Text;

namespace ClaimCheck.Comparison;

/// <summary>
/// A comparison as one self-contained HTML page: inline CSS allowed by its hash, no script, no resource from anywhere else,
/// a strict Content-Security-Policy. The two documents, the summary, the claim changes table, then the whole new text with
/// removed words in <c>&lt;del&gt;</c> and added ones in <c>&lt;ins&gt;</c>. Corpus text is always escaped
/// (<see cref="HtmlText"/>), and only http and https addresses become links.
/// </summary>
internal static class ComparisonHtml
{
    private const string Css = """
        :root { color-scheme: light dark; --muted: #5d6772; --line: #dde1e6; --del: #b3261e; --del-bg: #fde7e4; --ins: #1b5e20; --ins-bg: #e3f4e4; }
        @media (prefers-color-scheme: dark) { :root { --muted: #9aa4ae; --line: #313841; --del: #f28b82; --del-bg: #4a1c1a; --ins: #8fd19e; --ins-bg: #1d3a24; } }
        body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        .page { max-width: 980px; margin: 0 auto; padding: 28px 18px 56px; }
        h1 { font-size: 1.65rem; margin: 0 0 8px; }
        h2 { font-size: 1.2rem; margin: 28px 0 10px; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 12px; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        .summary { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
        th { font-weight: 600; }
        .change { font-weight: 600; white-space: nowrap; }
        .changed { color: #a85f00; }
        .added { color: var(--ins); }
        .removed { color: var(--del); }
        del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
        ins { color: var(--ins); background: var(--ins-bg); text-decoration: none; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; padding: 12px 14px; border: 1px solid var(--line); border-radius: 6px; }
        .legend { color: var(--muted); }
        """;

    public static void Write(DocumentComparison comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        var html = HtmlPage.Start(ComparisonText.Title, Css.ReplaceLineEndings("\n"));
        html.Append("<header>\n")
            .Append("<h1>").Append(HtmlText.Escape(ComparisonText.Title)).Append("</h1>\n")
            .Append("<dl>\n<dt>Old</dt><dd>").Append(DocumentLine(comparison.Old)).Append("</dd>\n")
            .Append("<dt>New</dt><dd>").Append(DocumentLine(comparison.New)).Append("</dd>\n</dl>\n")
            .Append("<p class=\"summary\">").Append(HtmlText.Escape(ComparisonText.SummaryLine(comparison))).Append("</p>\n")
            .Append("</header>\n<main>\n");
        WriteClaimChanges(html, ComparisonText.Listed(comparison));
        WriteText(html, comparison);
        html.Append("</main>\n</div>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static void WriteClaimChanges(StringBuilder html, IReadOnlyList<ClaimChange> changes)
    {
        html.Append("<section aria-labelledby=\"claims\">\n<h2 id=\"claims\">Claim changes</h2>\n");
        if (changes.Count == 0)
        {
            html.Append("<p>").Append(HtmlText.Escape(ComparisonText.NoClaimChanges)).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th>Change</th><th>Old figure</th><th>New figure</th><th>Sentence</th></tr></thead>\n<tbody>\n");
        foreach (var change in changes)
        {
            var name = ComparisonText.Name(change.Change);
            html.Append("<tr><td class=\"change ").Append(name).Append("\">").Append(name).Append("</td>")
                .Append("<td>").Append(Figure(change.Old)).Append("</td>")
                .Append("<td>").Append(Figure(change.New)).Append("</td>")
                .Append("<td>");
            AppendSegments(html, ComparisonText.Sentence(change));
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteText(StringBuilder html, DocumentComparison comparison)
    {
        html.Append("<section aria-labelledby=\"text\">\n<h2 id=\"text\">Text</h2>\n");
        if (comparison.Identical)
        {
            html.Append("<p>").Append(HtmlText.Escape(ComparisonText.Identical)).Append("</p>\n");
        }
        else
        {
            html.Append("<p class=\"legend\"><del>removed</del> <ins>added</ins></p>\n");
        }

        html.Append("<div class=\"text\">");
        AppendSegments(html, [.. comparison.Diff.Select(DiffSegments.ToDiff)]);
        html.Append("</div>\n</section>\n");
    }

    private static void AppendSegments(StringBuilder html, IReadOnlyList<DiffSegment> segments)
    {
        foreach (var segment in segments)
        {
            var tag = segment.Kind switch
            {
                DiffKind.Removed => "del",
                DiffKind.Added => "ins",
                _ => null,
            };
            if (tag is null)
            {
                html.Append(HtmlText.Escape(segment.Text));
            }
            else
            {
                html.Append('<').Append(tag).Append('>').Append(HtmlText.Escape(segment.Text)).Append("</").Append(tag).Append('>');
            }
        }
    }

    /// <summary><c>old.txt: &lt;a href&gt;Title&lt;/a&gt; (AzerNews, 2023-09-29)</c>, linked only to an http or https address.</summary>
    private static string DocumentLine(Document document)
    {
        var line = new StringBuilder(HtmlText.Escape(document.Id));
        var url = SafeUrl.Http(document.Url);
        var title = string.IsNullOrWhiteSpace(document.Title) ? null : WhiteSpace.OneLine(document.Title);
        if (title is not null || url is not null)
        {
            line.Append(": ");
            var label = HtmlText.Escape(title ?? url);
            if (url is null)
            {
                line.Append(label);
            }
            else
            {
                line.Append("<a href=\"").Append(HtmlText.Escape(url)).Append("\" rel=\"noopener noreferrer\">").Append(label).Append("</a>");
            }
        }

        var details = ComparisonText.Details(document);
        if (details.Length > 0)
        {
            line.Append(" (").Append(HtmlText.Escape(details)).Append(')');
        }

        return line.ToString();
    }

    private static string Figure(Claim? claim) => claim is null ? "—" : HtmlText.Escape(claim.Text);
}
