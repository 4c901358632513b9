using ClaimCheck.Caching;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;

namespace ClaimCheck.Cli.Commands;

/// <summary>The part every corpus command shares: load, read settings, extract, analyse, with progress and diagnostics.</summary>
internal sealed record CorpusRun(IReadOnlyList<string> Paths, CorpusLoadResult Corpus, AnalysisResult Analysis, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Loads, extracts and analyses the corpus at <paramref name="paths"/>.</summary>
    /// <param name="io">Where progress and diagnostics go.</param>
    /// <param name="paths">Corpus files and folders; none means the default corpus.</param>
    /// <param name="maxDocumentSize">The largest document read.</param>
    /// <param name="cacheFolder">The extraction cache, or null for none.</param>
    /// <param name="outputs">What the command writes (reports folder, baseline, check report): never read as documents.</param>
    public static CorpusRun Execute(CliIo io, string[] paths, long maxDocumentSize, string? cacheFolder = null, IReadOnlyList<string>? outputs = null)
    {
        if (paths.Length == 0)
        {
            paths = [ExtractCommand.DefaultCorpus];
        }

        var progress = new RunProgress(io.Stderr);
        var corpus = progress.Step("Loading the corpus", () => CorpusLoader.Load(paths, new CorpusLoadOptions { Stdin = io.Stdin, MaxDocumentSize = maxDocumentSize, Exclude = [.. outputs ?? [], .. cacheFolder is null ? Array.Empty<string>() : [cacheFolder]] }));
        var diagnostics = new List<Diagnostic>(corpus.Diagnostics);
        var settings = AnalysisSettingsReader.Read(corpus.Manifests, diagnostics);
        var cache = cacheFolder is null ? null : ExtractionCache.Open(cacheFolder, paths);
        var claims = progress.Step("Extracting claims", () => ClaimExtractor.Default.ExtractAll(corpus.Documents, cache));
        diagnostics.AddRange(ClaimDensity.Warnings(corpus.Documents, claims));
        if (cache is not null && !cache.Save())
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, cacheFolder!, null, "cannot write the extraction cache here; the next run extracts everything again (give --cache another folder, or --no-cache)."));
        }

        var analysis = progress.Step("Matching and judging", () => ClaimAnalysis.Analyze(corpus.Documents, claims, settings, ClaimAnalysis.DecisionsPathFor(paths), diagnostics, maxDocumentSize));
        return new CorpusRun(paths, corpus, analysis, diagnostics);
    }

    /// <summary>The file a document came from, relative to the working folder with '/' separators, for annotations.</summary>
    public string FileOf(string documentId)
    {
        var document = Corpus.Documents.FirstOrDefault(d => d.Id == documentId);
        var relative = document?.Path ?? documentId;
        foreach (var root in Paths)
        {
            var candidate = Directory.Exists(root) ? Path.Join(root, relative) : root;
            if (File.Exists(candidate) && (Directory.Exists(root) || Path.GetFileName(root) == Path.GetFileName(relative)))
            {
                return Path.GetRelativePath(Environment.CurrentDirectory, candidate).Replace('\\', '/');
            }
        }

        return relative;
    }
}
