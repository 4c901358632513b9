using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck.Caching;

/// <summary>Extraction that reuses the claims of documents the cache has seen unchanged.</summary>
public static class CachedExtraction
{
    /// <summary>Extracts the claims of <paramref name="documents"/>, from <paramref name="cache"/> where it has them (none: extract everything).</summary>
    public static IReadOnlyList<Claim> ExtractAll(this IClaimExtractor extractor, IReadOnlyList<Document> documents, ExtractionCache? cache, CancellationToken cancellationToken = default) =>
        cache is null
            ? extractor.ExtractAll(documents, cancellationToken)
            : ParallelExtraction.ExtractAll(extractor, documents, document => cache.GetOrExtract(document, extractor), cancellationToken);
}
