namespace ClaimCheck.Corpus;

/// <summary>Options for <see cref="CorpusLoader.Load"/>.</summary>
public sealed record CorpusLoadOptions
{
    /// <summary>What the path <c>-</c> reads; null means the process's standard input.</summary>
    public TextReader? Stdin { get; init; }

    /// <summary>
    /// The largest document read, in bytes (for standard input and jsonl lines, in characters): a larger file, line or
    /// input is skipped with a warning, and never read into memory whole. Default <see cref="DocumentSize.DefaultMax"/>.
    /// </summary>
    public long MaxDocumentSize { get; init; } = DocumentSize.DefaultMax;

    /// <summary>Finds page furniture in each document's text.</summary>
    public IBoilerplateDetector Boilerplate { get; init; } = BoilerplateDetector.Default;

    /// <summary>Fills in the title, source and date a document's file and the manifest do not give.</summary>
    public IMetadataInferrer Inferrer { get; init; } = MetadataInferrer.Default;

    /// <summary>
    /// Files and folders never read as documents: what the run itself writes (its report folder, baseline, cache),
    /// which may lie inside the corpus (<c>analyze .</c>). Found inside a corpus folder they are left out without a
    /// word; named as a corpus path they are skipped with a warning.
    /// </summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];
}
