namespace ClaimCheck.Corpus;

/// <summary>
/// Metadata for one document from the corpus manifest. Every value set here wins over front matter, HTML meta
/// tags, jsonl fields and inference.
/// </summary>
/// <param name="Title">Title, or null to keep the document's own.</param>
/// <param name="Source">Outlet, or null.</param>
/// <param name="Url">Address of the original page, or null.</param>
/// <param name="Published">Publication date (<c>published:</c> or <c>date:</c>), or null.</param>
public sealed record ManifestEntry(string? Title, string? Source, string? Url, DateOnly? Published)
{
    /// <summary>1-based line of the entry's key in the manifest, for diagnostics.</summary>
    public int Line { get; init; }
}
