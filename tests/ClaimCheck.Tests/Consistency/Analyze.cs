using System.Globalization;
using ClaimCheck.Consistency;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Consistency;

/// <summary>Runs extraction and analysis over small hand-written multi-document fixtures.</summary>
internal static class Analyze
{
    /// <summary>A corpus of (id, publication date or null for an undated page, text) documents, analysed.</summary>
    public static AnalysisResult Corpus(params (string Id, string? Published, string Text)[] documents)
    {
        var docs = documents.Select(d => new Document(
            d.Id, d.Id, d.Id, d.Id, null,
            d.Published is null ? null : DateOnly.Parse(d.Published, CultureInfo.InvariantCulture),
            d.Published is null ? DateSource.None : DateSource.Manifest,
            d.Text,
            [])).ToList();
        var claims = docs.SelectMany(ClaimExtractor.Default.Extract).ToList();
        return CorpusAnalyzer.Analyze(docs, claims);
    }

    /// <summary>The group holding the claim whose text is <paramref name="text"/>.</summary>
    public static ClaimGroup GroupOf(this AnalysisResult result, string text)
    {
        var claim = result.Claims.First(c => c.Text == text);
        return result.Groups.Single(g => g.ClaimIds.Contains(claim.Id));
    }

    public static IEnumerable<string> Texts(this AnalysisResult result, ClaimGroup group) =>
        group.ClaimIds.Select(id => result.Claims.Single(c => c.Id == id).Text);
}
