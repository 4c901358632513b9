using ClaimCheck.Documents;

namespace ClaimCheck.Extraction;

/// <summary>Extraction of a whole corpus: documents are independent, so they are extracted on every core, and the claims come back in document order.</summary>
public static class ParallelExtraction
{
    /// <summary>The claims of all <paramref name="documents"/>, by document then position: the same list a loop would give.</summary>
    public static IReadOnlyList<Claim> ExtractAll(this IClaimExtractor extractor, IReadOnlyList<Document> documents, CancellationToken cancellationToken = default) =>
        ExtractAll(extractor, documents, extractor.Extract, cancellationToken);

    internal static List<Claim> ExtractAll(IClaimExtractor extractor, IReadOnlyList<Document> documents, Func<Document, IReadOnlyList<Claim>> extract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(documents);
        var perDocument = new IReadOnlyList<Claim>[documents.Count];
        if (Environment.ProcessorCount == 1)
        {
            // On one core there is nothing to share the work with: a plain loop, no pool threads taking turns
            // (measured level with the pool, benchmarks/README.md; kept for a predictable single-core run).
            for (var i = 0; i < documents.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                perDocument[i] = extract(documents[i]);
            }
        }
        else
        {
            Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => perDocument[i] = extract(documents[i]));
        }
        var claims = new List<Claim>(perDocument.Sum(c => c.Count));
        foreach (var list in perDocument)
        {
            claims.AddRange(list);
        }

        return claims;
    }
}
