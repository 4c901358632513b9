namespace ClaimCheck.Corpus;

/// <summary>
/// Loads a corpus: files and folders of <c>.txt</c>, <c>.md</c>/<c>.markdown</c>, <c>.html</c>/<c>.htm</c> and
/// <c>.jsonl</c> documents, plus <c>-</c> for standard input, with metadata from the folder's
/// <c>claimcheck.yaml</c>, the files themselves and inference, in that order of precedence.
/// </summary>
public static class CorpusLoader
{
    /// <summary>
    /// Loads the documents at <paramref name="paths"/>. Never throws for a bad input: missing paths, unreadable
    /// files, malformed manifests and jsonl lines become <see cref="Diagnostics.Diagnostic"/>s and the rest still loads.
    /// </summary>
    /// <param name="paths">Files, folders (read recursively) or <c>-</c> for standard input.</param>
    /// <param name="options">Standard input and the detection seams; null for the defaults.</param>
    public static CorpusLoadResult Load(IEnumerable<string> paths, CorpusLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var session = new CorpusLoadSession(options ?? new CorpusLoadOptions());
        foreach (var path in paths)
        {
            session.Load(path);
        }

        return session.Result();
    }
}
