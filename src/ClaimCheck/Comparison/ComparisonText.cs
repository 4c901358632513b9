using System.Globalization;
using ClaimCheck.Corpus;
using ClaimCheck.Diffing;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using ClaimCheck.Text;
using Humanizer;

namespace ClaimCheck.Comparison;

/// <summary>Wording and choices shared by every comparison report (terminal, Markdown, HTML).</summary>
public static class ComparisonText
{
    /// <summary>The heading of every comparison report.</summary>
    public const string Title = OwnOutput.DiffTitle;

    /// <summary>Said when no claim was added, removed or changed.</summary>
    public const string NoClaimChanges = "No claim was added, removed or changed.";

    /// <summary>Said when the two versions are the same text.</summary>
    public const string Identical = "The texts are identical.";

    /// <summary>Said when the two versions differ only in white space.</summary>
    public const string WhiteSpaceOnly = "The texts differ only in white space.";

    /// <summary><c>Claims: 1 changed, 2 added, 0 removed, 5 unchanged. The texts differ.</c></summary>
    public static string SummaryLine(DocumentComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var s = comparison.Summary;
        return $"Claims: {ReportText.Number(s.Changed)} changed, {ReportText.Number(s.Added)} added, {ReportText.Number(s.Removed)} removed, "
            + $"{ReportText.Number(s.Unchanged)} unchanged. {(comparison.Identical ? Identical : "The texts differ.")}";
    }

    /// <summary>The changes a reader looks for: changed, added and removed claims, in report order (unchanged ones are only counted).</summary>
    public static IReadOnlyList<ClaimChange> Listed(DocumentComparison comparison) =>
        [.. comparison.ClaimChanges.Where(c => c.Change != ClaimChangeKind.Unchanged)];

    /// <summary><c>changed</c>, <c>added</c>, <c>removed</c>, <c>unchanged</c>: as in the JSON.</summary>
    public static string Name(ClaimChangeKind change) => change switch
    {
        ClaimChangeKind.Changed => "changed",
        ClaimChangeKind.Added => "added",
        ClaimChangeKind.Removed => "removed",
        _ => "unchanged",
    };

    /// <summary>
    /// The sentence of a change as one line: for a changed claim whose sentence was reworded, the word diff of the two
    /// sentences; otherwise the sentence it stands in, as one unchanged run.
    /// </summary>
    public static IReadOnlyList<DiffSegment> Sentence(ClaimChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var old = WhiteSpace.OneLine(change.Old?.Sentence);
        var @new = WhiteSpace.OneLine(change.New?.Sentence);
        if (change.Old is not null && change.New is not null && !string.Equals(old, @new, StringComparison.Ordinal))
        {
            return WordDiff.Compute(old, @new);
        }

        var sentence = change.New is null ? old : @new;
        return sentence.Length == 0 ? [] : [new DiffSegment(DiffKind.Same, sentence)];
    }

    /// <summary>What else is known of a document, for its header line: <c>AzerNews, 2023-09-29</c>; empty when nothing.</summary>
    public static string Details(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var details = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(document.Source))
        {
            details.Add(WhiteSpace.OneLine(document.Source));
        }

        if (document.Published is { } published)
        {
            details.Add(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return string.Join(", ", details);
    }

    /// <summary><c>… 2 unchanged lines …</c></summary>
    public static string Skipped(int lines) => $"… {"unchanged line".ToQuantity(lines, "N0", CultureInfo.InvariantCulture)} …";
}
