using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Extraction;

public sealed class ClaimContractTests
{
    [Fact]
    public void Offsets_point_at_the_claim_text_in_the_document()
    {
        const string text = "Headline\n\nThe ministry showed more than 800 new weapons. It has 30 partners.";
        foreach (var claim in Claims.Extract(text))
        {
            Assert.Equal(claim.Text, text[claim.Start..claim.End]);
            Assert.Contains(claim.Text, claim.Sentence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ids_are_stable_and_survive_an_unrelated_edit()
    {
        const string original = "The ministry showed more than 800 new weapons.\n\nIt has 30 partners.";
        const string edited = "A new paragraph with 5 facts.\n\nThe ministry showed more than 800 new weapons.\n\nIt has 30 partners.";
        var before = ClaimExtractor.Default.Extract(Document.FromText("doc", original)).Select(c => c.Id).ToList();
        var again = ClaimExtractor.Default.Extract(Document.FromText("doc", original)).Select(c => c.Id).ToList();
        var after = ClaimExtractor.Default.Extract(Document.FromText("doc", edited)).Select(c => c.Id).ToList();
        Assert.Equal(before, again);
        Assert.All(before, id => Assert.Contains(id, after));
        Assert.Equal(before.Count + 1, after.Count);
    }

    [Fact]
    public void Repeated_identical_sentences_get_distinct_ids()
    {
        var claims = Claims.Extract("It has 30 partners. It has 30 partners.");
        Assert.Equal(2, claims.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Skipped_ranges_are_not_extracted()
    {
        const string text = "Views: 46\nIt has 30 partners.";
        var document = new Document("d", "d", null, null, null, null, DateSource.None, text, [new TextRange(0, 9)]);
        var claim = Assert.Single(ClaimExtractor.Default.Extract(document));
        Assert.Equal(30, claim.Value);
    }
}
