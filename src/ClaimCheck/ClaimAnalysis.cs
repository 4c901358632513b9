using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using ClaimCheck.Review;

namespace ClaimCheck;

/// <summary>One-call analysis of a corpus: load, extract, match, judge, and apply the analysts' decisions.</summary>
public static class ClaimAnalysis
{
    /// <summary>
    /// Analyses the corpus at <paramref name="paths"/> with the settings of its manifest and the decisions of its
    /// <c>reviews.yaml</c> (in the first corpus folder, or <paramref name="decisionsPath"/>).
    /// </summary>
    public static (AnalysisResult Result, IReadOnlyList<Diagnostic> Diagnostics) AnalyzePaths(IEnumerable<string> paths, string? decisionsPath = null)
    {
        var list = paths.ToList();
        var corpus = CorpusLoader.Load(list);
        var diagnostics = new List<Diagnostic>(corpus.Diagnostics);
        var settings = AnalysisSettingsReader.Read(corpus.Manifests, diagnostics);
        var claims = ClaimExtractor.Default.ExtractAll(corpus.Documents);
        diagnostics.AddRange(ClaimDensity.Warnings(corpus.Documents, claims));
        return (Analyze(corpus.Documents, claims, settings, decisionsPath ?? DecisionsPathFor(list), diagnostics), diagnostics);
    }

    /// <summary>
    /// Analyses extracted claims and applies the decisions file at <paramref name="decisionsPath"/> (none when it
    /// does not exist; not read when larger than <paramref name="maxDecisionsSize"/>, the corpus's largest document).
    /// </summary>
    public static AnalysisResult Analyze(IReadOnlyList<Document> documents, IReadOnlyList<Claim> claims, AnalysisSettings settings, string? decisionsPath, List<Diagnostic> diagnostics, long maxDecisionsSize = DocumentSize.DefaultMax) =>
        Analyze([.. documents.Select(DocumentSummary.From)], claims, settings, decisionsPath, diagnostics, maxDecisionsSize);

    /// <summary>Analyses claims of documents known by their metadata (e.g. read back with <see cref="ClaimFiles"/>) and applies the decisions file.</summary>
    public static AnalysisResult Analyze(IReadOnlyList<DocumentSummary> documents, IReadOnlyList<Claim> claims, AnalysisSettings settings, string? decisionsPath, List<Diagnostic> diagnostics, long maxDecisionsSize = DocumentSize.DefaultMax)
    {
        var decisions = decisionsPath is null ? [] : ReviewFile.Read(decisionsPath, diagnostics, maxDecisionsSize);
        var constraints = ReviewApplier.Constraints(decisions, claims, decisionsPath ?? ReviewFile.FileName, diagnostics);
        var analysis = CorpusAnalyzer.Analyze(documents, claims, settings, constraints);
        return ReviewApplier.ApplyVerdicts(analysis, decisions, decisionsPath ?? ReviewFile.FileName, diagnostics);
    }

    /// <summary>The decisions file of a corpus: <c>reviews.yaml</c> in its first folder, else beside its first file.</summary>
    public static string DecisionsPathFor(IReadOnlyList<string> paths) => Path.Join(FolderOf(paths), ReviewFile.FileName);

    /// <summary>The folder a corpus's own files live in (decisions, cache): its first folder, else the folder of its first file; the working folder for standard input.</summary>
    public static string FolderOf(IReadOnlyList<string> paths)
    {
        var first = paths.FirstOrDefault(p => p != "-") ?? ".";
        return Directory.Exists(first) ? first : Path.GetDirectoryName(Path.GetFullPath(first)) ?? ".";
    }
}
