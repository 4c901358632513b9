using System.Text;
using ClaimCheck.Consistency;
using ClaimCheck.Diffing;
using ClaimCheck.Extraction;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes <c>report.md</c>, GitHub-flavoured Markdown meant to be read in a pull request: the summary line, then
/// discrepancies, changes and agreements group by group (explanation, confidence, conflicts or change, a timeline table,
/// word diffs of differently worded sentences, a note on copied passages), then the single-source figures, collapsed.
/// All corpus text is escaped (<see cref="MarkdownText"/>); only http and https addresses become links.
/// </summary>
internal static class MarkdownReport
{
    /// <summary>Single-source figures listed before "and N more".</summary>
    public const int MaxSingles = 100;

    /// <summary>Word diffs shown per group before "and N more".</summary>
    public const int MaxDiffs = 10;

    private static readonly (Verdict Verdict, string Heading, string None)[] Sections =
    [
        (Verdict.Discrepancy, "Discrepancies", "No discrepancies."),
        (Verdict.Change, "Changes", "No changes over time."),
        (Verdict.Agreement, "Agreements", "No agreements."),
    ];

    public static void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var index = new ReportIndex(result);
        var md = new StringBuilder();
        md.Append("# ").Append(ReportText.Title).Append("\n\n");
        md.Append(ReportText.SummaryLine(result.Summary)).Append("\n\n");
        md.Append('*').Append(ReportText.ConfidenceNote).Append("*\n");
        foreach (var (verdict, heading, none) in Sections)
        {
            md.Append("\n## ").Append(heading).Append("\n\n");
            var groups = result.Groups.Where(g => g.Verdict == verdict).ToList();
            if (groups.Count == 0)
            {
                md.Append(none).Append('\n');
            }

            for (var i = 0; i < groups.Count; i++)
            {
                if (i > 0)
                {
                    md.Append('\n');
                }

                WriteGroup(md, index, groups[i]);
            }
        }

        WriteSingles(md, index, [.. result.Groups.Where(g => g.Verdict == Verdict.Single)]);
        writer.Write(md.ToString());
    }

    private static void WriteGroup(StringBuilder md, ReportIndex index, ClaimGroup group)
    {
        var members = index.Members(group);
        md.Append("### ").Append(Label(group)).Append(" — ").Append(VerdictName.Of(group.Verdict)).Append(" · `").Append(group.Id).Append("`\n\n");
        if (!string.IsNullOrWhiteSpace(group.Explanation))
        {
            md.Append(MarkdownText.Escape(group.Explanation)).Append("\n\n");
        }

        if (ReportText.Review(group.Review) is { } review)
        {
            md.Append("> **").Append(MarkdownText.Escape(review)).Append("**\n\n");
        }

        var documents = index.DocumentCount(group);
        md.Append("Confidence ").Append(ReportText.Percent(group.Confidence))
            .Append(" · ").Append(ReportText.Count("document", documents))
            .Append(", ").Append(ReportText.Count("independent source", group.IndependentSources)).Append("\n\n");

        if (group.Change is { } change && !string.IsNullOrWhiteSpace(change.Description))
        {
            md.Append("**Change:** ").Append(MarkdownText.Escape(change.Description)).Append("\n\n");
        }

        var reasons = ReportText.ConflictReasons(group);
        if (reasons.Count > 0)
        {
            md.Append(ReportText.ConflictsOverridden(group) ? "**ClaimCheck had found these conflicts:**\n\n" : "**Conflicts:**\n\n");
            foreach (var reason in reasons)
            {
                md.Append("- ").Append(MarkdownText.Escape(reason)).Append('\n');
            }

            md.Append('\n');
        }

        if (index.HasCopies(group))
        {
            md.Append("> **Note:** copies of the same passage were counted as one source (")
                .Append(ReportText.Count("document", documents)).Append(", ")
                .Append(ReportText.Count("independent source", group.IndependentSources)).Append(").\n\n");
        }

        // The evidence folds away, so a group reads in a few lines in a pull-request comment.
        md.Append("<details>\n<summary>").Append(ReportText.Count("claim", members.Count)).Append(": sources and wording</summary>\n\n");
        md.Append("| as of | source | figure as written | speaker |\n| --- | --- | --- | --- |\n");
        foreach (var (member, claim) in members)
        {
            md.Append("| ").Append(Cell(member.AsOf ?? claim.AsOf, "undated"))
                .Append(" | ").Append(Source(index, claim.DocumentId)).Append(member.RepeatOf is null ? string.Empty : " (copy)")
                .Append(" | ").Append(Cell(claim.Text, string.Empty))
                .Append(" | ").Append(Cell(claim.Speaker, string.Empty))
                .Append(" |\n");
        }

        WriteDiffs(md, index, members);
        md.Append("\n</details>\n");
    }

    /// <summary>
    /// The first claim's sentence against each differently worded one: word by word when the two are close paraphrases
    /// (a diff of unrelated sentences is a wall of struck-through text), else the sentences one under the other with
    /// their figures in bold.
    /// </summary>
    private static void WriteDiffs(StringBuilder md, ReportIndex index, IReadOnlyList<(GroupMember Member, Claim Claim)> members)
    {
        if (members.Count < 2)
        {
            return;
        }

        var first = members[0].Claim;
        var baseline = WhiteSpace.OneLine(first.Sentence);
        var seen = new HashSet<string>(StringComparer.Ordinal) { baseline };
        var others = members.Skip(1).Where(m => seen.Add(WhiteSpace.OneLine(m.Claim.Sentence))).ToList();
        if (others.Count == 0)
        {
            return;
        }

        var compared = others.Take(MaxDiffs).Select(m => (m.Claim, Diff: WordDiff.Compute(baseline, WhiteSpace.OneLine(m.Claim.Sentence)))).ToList();
        var close = compared.Where(c => WordDiff.IsParaphrase(c.Diff)).ToList();
        var apart = compared.Where(c => !WordDiff.IsParaphrase(c.Diff)).ToList();
        if (close.Count > 0)
        {
            md.Append("\nWording compared with ").Append(MarkdownText.Escape(index.ShortName(first.DocumentId)))
                .Append(" (~~removed~~, **added**):\n\n");
            foreach (var (claim, diff) in close)
            {
                md.Append("- ").Append(MarkdownText.Escape(index.ShortName(claim.DocumentId))).Append(": ");
                AppendDiff(md, diff);
                md.Append('\n');
            }
        }

        if (apart.Count > 0)
        {
            md.Append("\nWorded differently (figure in bold):\n\n");
            foreach (var claim in apart.Select(a => a.Claim).Prepend(first))
            {
                md.Append("- ").Append(MarkdownText.Escape(index.ShortName(claim.DocumentId))).Append(": ");
                AppendMarked(md, claim, index.Highlight.Locate(claim));
                md.Append('\n');
            }
        }

        if (others.Count > MaxDiffs)
        {
            md.Append("- … and ").Append(ReportText.Number(others.Count - MaxDiffs)).Append(" more\n");
        }
    }

    /// <summary>The claim's sentence on one line, its figure in bold where it was found.</summary>
    private static void AppendMarked(StringBuilder md, Claim claim, int? at)
    {
        var sentence = claim.Sentence;
        if (at is not { } start || start + claim.Text.Length > sentence.Length)
        {
            md.Append(Inline(WhiteSpace.OneLine(sentence)));
            return;
        }

        var before = WhiteSpace.OneLine(sentence[..start]);
        var after = WhiteSpace.OneLine(sentence[(start + claim.Text.Length)..]);
        md.Append(Inline(before));
        if (before.Length > 0 && char.IsWhiteSpace(sentence[start - 1]))
        {
            md.Append(' ');
        }

        md.Append("**").Append(Inline(WhiteSpace.OneLine(claim.Text))).Append("**");
        if (after.Length > 0 && char.IsWhiteSpace(sentence[start + claim.Text.Length]))
        {
            md.Append(' ');
        }

        md.Append(Inline(after));
    }

    internal static void AppendDiff(StringBuilder md, IReadOnlyList<DiffSegment> segments)
    {
        var line = new StringBuilder();
        var closedOnPunctuation = false;
        foreach (var segment in segments)
        {
            var text = segment.Text;
            var core = text.Trim();
            if (segment.Kind == DiffKind.Removed && core.Length == 0)
            {
                // A change of spacing alone is not worth marking: keep the new spacing.
                continue;
            }

            if (segment.Kind == DiffKind.Same || core.Length == 0)
            {
                var same = Inline(text);
                if (closedOnPunctuation && same.Length > 0 && char.IsLetterOrDigit(same[0]))
                {
                    line.Append(' ');
                }

                line.Append(same);
                closedOnPunctuation = false;
                continue;
            }

            // Markers hug the words (GFM wants no space inside them); surrounding spaces stay outside. GFM opens a marker
            // before punctuation only after a space or punctuation, and closes one after punctuation only before them:
            // add a space where a word would touch it.
            var lead = text[..(text.Length - text.TrimStart().Length)];
            var trail = text[text.TrimEnd().Length..];
            var inner = Inline(core);
            var touching = lead.Length == 0 && line.Length > 0 && line[^1] != ' ';
            if (touching && (closedOnPunctuation || char.IsLetterOrDigit(line[^1])))
            {
                line.Append(' ');
            }

            var mark = segment.Kind == DiffKind.Removed ? "~~" : "**";
            line.Append(lead).Append(mark).Append(inner).Append(mark).Append(trail);
            closedOnPunctuation = trail.Length == 0;
        }

        md.Append(WhiteSpace.OneLine(line.ToString()));
    }

    // Escapes text in the middle of a line: no block-start escapes, spaces kept as they are.
    private static string Inline(string text)
    {
        var escaped = MarkdownText.Escape("x" + text + "x");
        return escaped[1..^1];
    }

    private static void WriteSingles(StringBuilder md, ReportIndex index, IReadOnlyList<ClaimGroup> singles)
    {
        md.Append("\n## Single-source figures\n\n");
        if (singles.Count == 0)
        {
            md.Append("No single-source figures.\n");
            return;
        }

        md.Append("<details>\n<summary>").Append(ReportText.Count("figure", singles.Count)).Append(" stated by one source only</summary>\n\n");
        foreach (var group in singles.Take(MaxSingles))
        {
            md.Append("- ").Append(Label(group));
            var members = index.Members(group);
            if (members.Count > 0)
            {
                var (member, claim) = members[0];
                md.Append(": ").Append(MarkdownText.Escape(claim.Text)).Append(" — ").Append(Source(index, claim.DocumentId));
                if ((member.AsOf ?? claim.AsOf) is { } asOf)
                {
                    md.Append(" · as of ").Append(MarkdownText.Escape(asOf));
                }

                if (members.Count > 1)
                {
                    md.Append(" (and ").Append(ReportText.Count("copy", members.Count - 1)).Append(')');
                }
            }

            md.Append('\n');
        }

        if (singles.Count > MaxSingles)
        {
            md.Append("- … and ").Append(ReportText.Number(singles.Count - MaxSingles)).Append(" more (all are in analysis.json and report.html)\n");
        }

        md.Append("\n</details>\n");
    }

    private static string Label(ClaimGroup group) =>
        string.IsNullOrWhiteSpace(group.Label) ? "(unlabelled)" : MarkdownText.Escape(group.Label);

    private static string Cell(string? text, string empty) =>
        string.IsNullOrWhiteSpace(text) ? empty : MarkdownText.Escape(text);

    /// <summary>Title (linked when there is an address), outlet, publication date and file: the same four everywhere a source is listed.</summary>
    private static string Source(ReportIndex index, string documentId)
    {
        var source = new StringBuilder(MarkdownText.Link(index.DocumentName(documentId), index.DocumentUrl(documentId)));
        if (index.DocumentOutlet(documentId) is { } outlet)
        {
            source.Append(" (").Append(MarkdownText.Escape(outlet)).Append(')');
        }

        if (index.Document(documentId)?.Published is { } published)
        {
            source.Append(", published ").Append(published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        var file = index.FileName(documentId);
        if (!string.Equals(file, index.DocumentName(documentId), StringComparison.Ordinal))
        {
            source.Append(" · ").Append(MarkdownText.Escape(file));
        }

        return source.ToString();
    }
}
