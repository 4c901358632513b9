using System.Globalization;
using ClaimCheck.Consistency;
using ClaimCheck.Text;
using Humanizer;

namespace ClaimCheck.Reporting;

/// <summary>Wording shared by the Markdown and HTML reports.</summary>
internal static class ReportText
{
    public const string Title = Corpus.OwnOutput.ReportTitle;

    /// <summary>What a group's confidence means, said once on each report page.</summary>
    public const string ConfidenceNote =
        "Confidence is how sure the grouping is (that these claims state the same figure, or that a lone claim has no match elsewhere) "
        + "times how sure the verdict is given the grouping; a source repeating itself counts as one source.";

    /// <summary><c>18 documents, 240 claims, 31 groups: 12 agreements, 6 changes, 2 discrepancies, 11 single-source</c>.</summary>
    public static string SummaryLine(AnalysisSummary summary) =>
        $"{Count("document", summary.Documents)}, {Count("claim", summary.Claims)}, {Count("group", summary.Groups)}: " +
        $"{Count("agreement", summary.Agreements)}, {Count("change", summary.Changes)}, {Count("discrepancy", summary.Discrepancies)}, " +
        $"{Number(summary.Singles)} single-source";

    /// <summary><c>1 document</c>, <c>2 documents</c>, <c>1,200 claims</c>.</summary>
    public static string Count(string noun, int count) => noun.ToQuantity(count, "N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Who decided what, for people: <c>Reviewed by Leyla on 2026-11-23: confirmed as agreement. "Same survey."</c>. An
    /// overridden verdict's note and ClaimCheck's own verdict are in the group's explanation already: <c>Reviewed by
    /// Leyla on 2026-11-23: overridden to change.</c>
    /// </summary>
    public static string? Review(GroupReview? review)
    {
        if (review is null)
        {
            return null;
        }

        var who = review.Reviewer is null ? string.Empty : " by " + review.Reviewer;
        var when = review.Date is null ? string.Empty : " on " + review.Date;
        var overridden = Overridden(review);
        var what = review.Action switch
        {
            _ when overridden => $"overridden to {VerdictName.Of(review.Verdict)}",
            ReviewAction.Override or ReviewAction.Confirm => $"confirmed as {VerdictName.Of(review.Verdict)}",
            ReviewAction.Split => "claims split apart by a reviewer",
            _ => "claims merged by a reviewer",
        };
        var note = overridden || string.IsNullOrWhiteSpace(review.Note) ? string.Empty : $" \"{WhiteSpace.OneLine(review.Note)}\"";
        return $"Reviewed{who}{when}: {what}.{note}";
    }

    /// <summary>
    /// Whether the group's conflicts are what ClaimCheck had found for a discrepancy a person overrode: evidence to show
    /// as the machine's finding, not as the reason for the group's verdict.
    /// </summary>
    public static bool ConflictsOverridden(ClaimGroup group) =>
        group.Conflicts.Count > 0 && group.Review is { } review && Overridden(review) && review.Verdict != Verdict.Discrepancy;

    /// <summary>
    /// The group's conflict reasons a reader has not just read: a discrepancy of one conflict is explained by that
    /// conflict's own sentence, which the conflict box would only repeat word for word.
    /// </summary>
    public static IReadOnlyList<string> ConflictReasons(ClaimGroup group) =>
        [.. group.Conflicts.Select(c => c.Reason).Where(r => !group.Explanation.Contains(r, StringComparison.Ordinal))];

    private static bool Overridden(GroupReview review) =>
        review.Action == ReviewAction.Override && review.Verdict != review.MachineVerdict;

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A 0–1 confidence as a whole percentage, <c>85%</c>.</summary>
    public static string Percent(double confidence) => $"{Percentage(confidence).ToString(CultureInfo.InvariantCulture)}%";

    public static int Percentage(double confidence) =>
        double.IsFinite(confidence) ? (int)Math.Clamp(Math.Round(confidence * 100, MidpointRounding.AwayFromZero), 0, 100) : 0;
}
