using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck;

/// <summary>One-line entry points for library users.</summary>
public static class Claims
{
    /// <summary>Extracts the quantitative claims of a text: <c>Claims.Extract("Over 800 new weapons were shown.")</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="published">Publication date, to resolve <c>last year</c> and to date figures with no time of their own.</param>
    public static IReadOnlyList<Claim> Extract(string text, DateOnly? published = null) =>
        ClaimExtractor.Default.Extract(Document.FromText("text", text, published));
}
