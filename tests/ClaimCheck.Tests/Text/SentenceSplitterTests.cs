using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        [.. SentenceSplitter.Default.Split(text, []).Select(s => s.GetText(text))];

    [Theory]
    [InlineData("The index rose in Dec. 2019 to a record. It then fell.", 2)]
    [InlineData("The U.S. economy grew. Europe did not.", 2)]
    [InlineData("He is ranked No. 1 in the world. She is second.", 2)]
    [InlineData("Mr. Smith and Dr. Jones met at 3 p.m. on Friday.", 1)]
    [InlineData("J. Smith wrote it. It sold well.", 2)]
    [InlineData("Growth was 1.5 percent. Inflation was 2.3 percent.", 2)]
    [InlineData("\"We won,\" he said. \"We will win again.\"", 2)]
    [InlineData("Shusha is free! We have returned to Shusha!", 2)]
    public void Splits_news_sentences_but_not_abbreviations(string text, int count)
    {
        Assert.Equal(count, Split(text).Count);
    }

    [Fact]
    public void Headlines_and_paragraph_lines_are_sentences_of_their_own()
    {
        var sentences = Split("Defence as foundation of development\n\n14 January 2026 11:46\nThe visits showed progress.");
        Assert.Equal(["Defence as foundation of development", "14 January 2026 11:46", "The visits showed progress."], sentences);
    }

    [Fact]
    public void A_line_wrapped_mid_sentence_is_joined()
    {
        Assert.Single(Split("The ministry said that it produces\nmore than 1,000 products."));
    }
}

public sealed class LongRunTests
{
    [Fact]
    public void A_run_longer_than_any_sentence_is_cut_into_pieces()
    {
        var text = string.Join(",", Enumerable.Repeat("1", 20_000)) + " and then " + string.Join(" ", Enumerable.Repeat("word", 2_000));
        var sentences = SentenceSplitter.Default.Split(text, []);
        Assert.All(sentences, s => Assert.True(s.End - s.Start <= SentenceSplitter.MaxSentenceLength));
        Assert.Equal(text.Length, sentences[^1].End);
    }

    [Fact]
    public void Adversarial_runs_still_give_claims_inside_the_text()
    {
        // The figure comes first: a document this dense yields only its first claims (ClaimDensity).
        var text = string.Concat(Enumerable.Repeat("more than ", 2_000)) + "5 plants. " + string.Join(",", Enumerable.Repeat("1", 20_000)) + ".";
        var claims = Claims.Extract(text);
        Assert.All(claims, c => Assert.Equal(c.Text, text[c.Start..c.End]));
        Assert.Contains(claims, c => c.Value == 5 && c.Unit == "plant");
        Assert.Equal(ClaimCheck.Extraction.ClaimDensity.Limit(text.Length), claims.Count);
    }
}
