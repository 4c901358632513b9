using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;

namespace ClaimCheck.Cli.Commands;

/// <summary>The part every corpus command shares: load, read settings, extract, analyse, with progress and diagnostics.</summary>
internal sealed record CorpusRun(IReadOnlyList<string> Paths, IReadOnlyList<Document> Documents, AnalysisResult Analysis, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Loads, extracts and analyses the corpus at <paramref name="paths"/> through the library's pipeline, showing its progress.</summary>
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

        var options = new ClaimCheckOptions
        {
            Loading = new CorpusLoadOptions { Stdin = io.Stdin, MaxDocumentSize = maxDocumentSize, Exclude = [.. outputs ?? [], .. cacheFolder is null ? Array.Empty<string>() : [cacheFolder]] },
            CacheFolder = cacheFolder,
        };
        var run = new RunProgress(io.Stderr).Run(progress => ClaimAnalysis.Analyze(paths, options with { Progress = progress }));
        return new CorpusRun(paths, run.Documents, run.Result, run.Diagnostics);
    }

    /// <summary>The file a document came from, relative to the working folder with '/' separators, for annotations.</summary>
    public string FileOf(string documentId)
    {
        var document = Documents.FirstOrDefault(d => d.Id == documentId);
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
