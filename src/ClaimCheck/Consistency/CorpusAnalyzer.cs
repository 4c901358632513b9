using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;

namespace ClaimCheck.Consistency;

/// <summary>
/// Lines claims up across sources and gives each group a verdict: the analysis behind every report.
/// Dates are claims of their own but are not grouped: they are the time references of the figures.
/// </summary>
public static class CorpusAnalyzer
{
    /// <summary>Analyses the claims of <paramref name="documents"/> (all of them, in document order), respecting what reviewers decided about grouping.</summary>
    public static AnalysisResult Analyze(IReadOnlyList<Document> documents, IReadOnlyList<Claim> claims, AnalysisSettings? settings = null, GroupingConstraints? constraints = null) =>
        Analyze([.. documents.Select(DocumentSummary.From)], claims, settings, constraints);

    /// <summary>Analyses claims read back from claim files: the documents are known by their metadata only.</summary>
    public static AnalysisResult Analyze(IReadOnlyList<DocumentSummary> summaries, IReadOnlyList<Claim> claims, AnalysisSettings? settings = null, GroupingConstraints? constraints = null) =>
        Analyze(summaries, claims, new AnalysisOptions { Settings = settings ?? AnalysisSettings.Default, Constraints = constraints ?? GroupingConstraints.None });

    /// <summary>Analyses the claims of documents known by their metadata with the given options (settings, matcher, decisions).</summary>
    public static AnalysisResult Analyze(IReadOnlyList<DocumentSummary> summaries, IReadOnlyList<Claim> claims, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(options);
        var (settings, constraints) = (options.Settings, options.Constraints);

        // The first summary of each id, without grouping every document first (a grouping per document, held through the analysis).
        var byId = new Dictionary<string, DocumentSummary>(summaries.Count, StringComparer.Ordinal);
        foreach (var summary in summaries)
        {
            byId.TryAdd(summary.Id, summary);
        }

        var figures = claims.Where(c => c.Kind != ClaimKind.Date && !constraints.Excluded.Contains(c.Id)).ToList();
        var judge = new VerdictJudge(settings, byId);
        var contexts = byId.ToDictionary(p => p.Key, p => new DocumentContext(p.Value.Published, p.Value.Title), StringComparer.Ordinal);
        MatchGroup?[] matched = [.. new ClaimGrouper(options.Matcher, settings, constraints).Group(figures, contexts)];

        // Each group is judged on its own, in parallel, into its own slot (a fixed order). A group's matching
        // profiles are let go as soon as it is judged, so they and the verdicts are never all held at once: at a
        // million claims that is a few hundred megabytes off the peak.
        var judged = new ClaimGroup[matched.Length];
        Parallel.For(0, matched.Length, i =>
        {
            judged[i] = judge.Judge(matched[i]!);
            matched[i] = null;
        });
        var groups = Order(judged);
        return new AnalysisResult(ExtractionResult.CurrentSchemaVersion, summaries, claims, groups, Summarize(summaries.Count, claims.Count, groups))
        {
            IgnoredClaimIds = [.. claims.Where(c => constraints.Excluded.Contains(c.Id)).Select(c => c.Id)],
        };
    }

    /// <summary>Report order: discrepancies first, then changes, agreements, singles; by label, then id.</summary>
    internal static List<ClaimGroup> Order(IEnumerable<ClaimGroup> groups) =>
        [.. groups.OrderBy(g => g.Verdict).ThenBy(g => g.Label, StringComparer.Ordinal).ThenBy(g => g.Id, StringComparer.Ordinal)];

    /// <summary>The summary counts of a list of groups.</summary>
    internal static AnalysisSummary Summarize(int documents, int claims, IReadOnlyList<ClaimGroup> groups) =>
        new(documents, claims, groups.Count,
            groups.Count(g => g.Verdict == Verdict.Agreement),
            groups.Count(g => g.Verdict == Verdict.Change),
            groups.Count(g => g.Verdict == Verdict.Discrepancy),
            groups.Count(g => g.Verdict == Verdict.Single));
}
