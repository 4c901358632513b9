using ClaimCheck.Corpus;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using ClaimCheck.Reporting;

namespace ClaimCheck.Consistency;

/// <summary>
/// Lines claims up across sources and gives each group a verdict: the analysis behind every report.
/// Dates are claims of their own but are not grouped: they are the time references of the figures.
/// </summary>
public static class CorpusAnalyzer
{
    /// <summary>Analyses the claims of <paramref name="documents"/> (all of them, in document order).</summary>
    public static AnalysisResult Analyze(IReadOnlyList<Document> documents, IReadOnlyList<Claim> claims, AnalysisSettings? settings = null)
    {
        settings ??= AnalysisSettings.Default;
        var summaries = documents.Select(DocumentSummary.From).ToList();
        var byId = summaries.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var figures = claims.Where(c => c.Kind != ClaimKind.Date).ToList();
        var judge = new VerdictJudge(settings, byId);
        var groups = new ClaimGrouper(FuzzyClaimMatcher.Default, settings).Group(figures)
            .Select(judge.Judge)
            .OrderBy(g => g.Verdict)
            .ThenBy(g => g.Label, StringComparer.Ordinal)
            .ThenBy(g => g.Id, StringComparer.Ordinal)
            .ToList();
        var summary = new AnalysisSummary(
            summaries.Count,
            claims.Count,
            groups.Count,
            groups.Count(g => g.Verdict == Verdict.Agreement),
            groups.Count(g => g.Verdict == Verdict.Change),
            groups.Count(g => g.Verdict == Verdict.Discrepancy),
            groups.Count(g => g.Verdict == Verdict.Single));
        return new AnalysisResult(ExtractionResult.CurrentSchemaVersion, summaries, claims, groups, summary);
    }

    /// <summary>Loads, extracts and analyses a corpus in one call, with the settings of its manifest.</summary>
    public static (AnalysisResult Result, IReadOnlyList<Diagnostic> Diagnostics) AnalyzePaths(IEnumerable<string> paths)
    {
        var corpus = CorpusLoader.Load(paths);
        var diagnostics = new List<Diagnostic>(corpus.Diagnostics);
        var settings = AnalysisSettingsReader.Read(corpus.Manifests, diagnostics);
        var claims = corpus.Documents.SelectMany(ClaimExtractor.Default.Extract).ToList();
        return (Analyze(corpus.Documents, claims, settings), diagnostics);
    }
}
