using ClaimCheck.Documents;

namespace ClaimCheck.Extraction;

/// <summary>Pulls the quantitative claims out of one document. Replace it to plug in another extractor.</summary>
public interface IClaimExtractor
{
    /// <summary>The claims of <paramref name="document"/>, ordered by position.</summary>
    IReadOnlyList<Claim> Extract(Document document);
}
