using System.Collections.Immutable;
using ClaimCheck.Caching;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using ClaimCheck.Review;

namespace ClaimCheck;

/// <summary>
/// The pipeline in one call: load a corpus, extract its claims, match and judge them, apply the analysts' decisions.
/// The command line runs exactly this; <see cref="ClaimCheckOptions"/> replaces any stage.
/// <code>
/// var analysis = ClaimAnalysis.Analyze(["corpus"]);
/// foreach (var group in analysis.Result.Groups)
///     Console.WriteLine($"{group.Verdict}: {group.Label}");
/// </code>
/// </summary>
public static class ClaimAnalysis
{
    /// <summary>Loads the corpus at <paramref name="paths"/> (files and folders; <c>-</c> is standard input) and extracts every document's claims.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static CorpusExtraction Extract(IReadOnlyList<string> paths, ClaimCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= ClaimCheckOptions.Default;
        options.Progress?.Report(AnalysisStage.Loading);
        var corpus = CorpusLoader.Load(paths, options.Loading);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(corpus.Diagnostics);
        cancellationToken.ThrowIfCancellationRequested();

        options.Progress?.Report(AnalysisStage.Extracting);
        var cache = options.CacheFolder is null ? null : ExtractionCache.Open(options.CacheFolder, paths);
        var claims = options.Extractor.ExtractAll(corpus.Documents, cache, cancellationToken);
        diagnostics.AddRange(ClaimDensity.Warnings(corpus.Documents, claims));
        if (cache is not null && !cache.Save())
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, options.CacheFolder!, null, "cannot write the extraction cache here; the next run extracts everything again (give --cache another folder, or --no-cache)."));
        }

        return new CorpusExtraction(paths, corpus.Documents, claims, diagnostics.ToImmutable()) { Manifests = corpus.Manifests };
    }

    /// <summary>
    /// Analyses the corpus at <paramref name="paths"/>: <see cref="Extract"/>, then matching and verdicts with the
    /// settings of its manifest, and the decisions of its <c>reviews.yaml</c>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static CorpusAnalysis Analyze(IReadOnlyList<string> paths, ClaimCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ClaimCheckOptions.Default;
        var extraction = Extract(paths, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        options.Progress?.Report(AnalysisStage.Analyzing);
        var diagnostics = new List<Diagnostic>(extraction.Diagnostics);
        var settings = options.Settings ?? AnalysisSettingsReader.Read(extraction.Manifests, diagnostics);
        var result = Judge([.. extraction.Documents.Select(DocumentSummary.From)], extraction.Claims, settings, options, options.DecisionsPath ?? DecisionsPathFor(paths), diagnostics);
        return new CorpusAnalysis(extraction.Documents, result, [.. diagnostics]);
    }

    /// <summary>
    /// Analyses claims extracted earlier (e.g. read back with <see cref="ClaimFiles"/>) of documents known by their
    /// metadata, applying the decisions file of <see cref="ClaimCheckOptions.DecisionsPath"/> when it exists.
    /// </summary>
    public static CorpusAnalysis Analyze(IReadOnlyList<DocumentSummary> documents, IReadOnlyList<Claim> claims, ClaimCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(claims);
        options ??= ClaimCheckOptions.Default;
        options.Progress?.Report(AnalysisStage.Analyzing);
        var diagnostics = new List<Diagnostic>();
        var result = Judge(documents, claims, options.Settings ?? AnalysisSettings.Default, options, options.DecisionsPath, diagnostics);
        return new CorpusAnalysis([], result, [.. diagnostics]);
    }

    /// <summary>The decisions file of a corpus: <c>reviews.yaml</c> in its first folder, else beside its first file.</summary>
    public static string DecisionsPathFor(IReadOnlyList<string> paths) => Path.Join(FolderOf(paths), ReviewFile.FileName);

    /// <summary>The folder a corpus's own files live in (decisions, cache): its first folder, else the folder of its first file; the working folder for standard input.</summary>
    public static string FolderOf(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var first = paths.FirstOrDefault(p => p != "-") ?? ".";
        return Directory.Exists(first) ? first : Path.GetDirectoryName(Path.GetFullPath(first)) ?? ".";
    }

    // The decisions file is not read when larger than the corpus's largest document.
    private static AnalysisResult Judge(IReadOnlyList<DocumentSummary> documents, IReadOnlyList<Claim> claims, AnalysisSettings settings, ClaimCheckOptions options, string? decisionsPath, List<Diagnostic> diagnostics)
    {
        var decisions = decisionsPath is null ? [] : ReviewFile.Read(decisionsPath, diagnostics, options.Loading.MaxDocumentSize);
        var constraints = ReviewApplier.Constraints(decisions, claims, decisionsPath ?? ReviewFile.FileName, diagnostics);
        var analysis = CorpusAnalyzer.Analyze(documents, claims, new AnalysisOptions { Settings = settings, Matcher = options.Matcher, Constraints = constraints });
        return ReviewApplier.ApplyVerdicts(analysis, decisions, decisionsPath ?? ReviewFile.FileName, diagnostics);
    }
}
