using System.Text;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Reporting;

namespace ClaimCheck.Comparison;

/// <summary>
/// A comparison as GitHub-flavoured Markdown, to read in a pull request: the two documents, the summary, a table of the
/// claim changes (change, old figure, new figure, sentence with its word diff), then the lines of the text that
/// changed, with <c>~~removed~~</c> and <c>**added**</c> words. Corpus text is escaped (<see cref="MarkdownText"/>);
/// only http and https addresses become links.
/// </summary>
internal static class ComparisonMarkdown
{
    public static void Write(DocumentComparison comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        var md = new StringBuilder();
        md.Append("# ").Append(ComparisonText.Title).Append("\n\n");
        md.Append("- **Old:** ").Append(DocumentLine(comparison.Old)).Append('\n');
        md.Append("- **New:** ").Append(DocumentLine(comparison.New)).Append("\n\n");
        md.Append(ComparisonText.SummaryLine(comparison)).Append('\n');
        WriteClaimChanges(md, ComparisonText.Listed(comparison));
        WriteText(md, comparison);
        writer.Write(md.ToString());
    }

    private static void WriteClaimChanges(StringBuilder md, IReadOnlyList<ClaimChange> changes)
    {
        md.Append("\n## Claim changes\n\n");
        if (changes.Count == 0)
        {
            md.Append(ComparisonText.NoClaimChanges).Append('\n');
            return;
        }

        md.Append("| change | old figure | new figure | sentence |\n| --- | --- | --- | --- |\n");
        foreach (var change in changes)
        {
            md.Append("| ").Append(ComparisonText.Name(change.Change))
                .Append(" | ").Append(Figure(change.Old))
                .Append(" | ").Append(Figure(change.New))
                .Append(" | ");
            MarkdownReport.AppendDiff(md, ComparisonText.Sentence(change));
            md.Append(" |\n");
        }
    }

    private static void WriteText(StringBuilder md, DocumentComparison comparison)
    {
        md.Append("\n## Text changes\n\n");
        if (comparison.Identical)
        {
            md.Append(ComparisonText.Identical).Append('\n');
            return;
        }

        var lines = DiffLines.Of(comparison.Diff);
        if (lines.Changed.Count == 0)
        {
            md.Append(ComparisonText.WhiteSpaceOnly).Append('\n');
            return;
        }

        md.Append("Lines with changes (~~removed~~, **added**):\n");
        foreach (var line in lines.Changed)
        {
            AppendSkipped(md, line.UnchangedBefore);
            var text = new StringBuilder();
            MarkdownReport.AppendDiff(text, line.Segments);
            MarkdownText.EscapeBlockStart(text);
            md.Append('\n').Append(text).Append('\n');
        }

        AppendSkipped(md, lines.UnchangedAfter);
    }

    private static void AppendSkipped(StringBuilder md, int lines)
    {
        if (lines > 0)
        {
            md.Append("\n*").Append(ComparisonText.Skipped(lines)).Append("*\n");
        }
    }

    /// <summary><c>old.txt: [Title](https://…) (AzerNews, 2023-09-29)</c>, the title linked only to an http or https address.</summary>
    private static string DocumentLine(Document document)
    {
        var line = new StringBuilder(MarkdownText.Escape(document.Id));
        var title = string.IsNullOrWhiteSpace(document.Title) ? null : document.Title;
        if (title is not null || SafeUrl.Http(document.Url) is not null)
        {
            line.Append(": ").Append(MarkdownText.Link(title ?? document.Url!, document.Url));
        }

        var details = ComparisonText.Details(document);
        if (details.Length > 0)
        {
            line.Append(" (").Append(MarkdownText.Escape(details)).Append(')');
        }

        return line.ToString();
    }

    private static string Figure(Claim? claim) => claim is null ? "—" : MarkdownText.Escape(claim.Text);
}
