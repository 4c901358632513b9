using ClaimCheck.Documents;

namespace ClaimCheck.Extraction;

/// <summary>Extraction of a whole corpus: documents are independent, so they are extracted on every core, and the claims come back in document order.</summary>
public static class ParallelExtraction
{
    /// <summary>The claims of all <paramref name="documents"/>, by document then position: the same list a loop would give.</summary>
    public static IReadOnlyList<Claim> ExtractAll(this IClaimExtractor extractor, IReadOnlyList<Document> documents) =>
        ExtractAll(extractor, documents, extractor.Extract);

    internal static List<Claim> ExtractAll(IClaimExtractor extractor, IReadOnlyList<Document> documents, Func<Document, IReadOnlyList<Claim>> extract)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(documents);
        var perDocument = new IReadOnlyList<Claim>[documents.Count];
        Parallel.For(0, documents.Count, i => perDocument[i] = extract(documents[i]));
        var claims = new List<Claim>(perDocument.Sum(c => c.Count));
        foreach (var list in perDocument)
        {
            claims.AddRange(list);
        }

        return claims;
    }
}
