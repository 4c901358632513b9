using ClaimCheck.Diffing;
using ClaimCheck.Extraction;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

public sealed class ReportHelperTests
{
    private static Claim At(string sentence, string text, int sentenceStart, int occurrence = 0, string document = "d")
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = sentence.IndexOf(text, index + 1, StringComparison.Ordinal);
        }

        var start = sentenceStart + index;
        return new Claim($"{document}-{start}", document, text, sentence, start, start + text.Length, ClaimKind.Count, 1, null, null, Qualifier.Exact, null, null, null, null);
    }

    [Fact]
    public void A_text_found_once_is_marked_there() =>
        Assert.Equal(14, SentenceHighlight.Locate(At("They now have 30 partners.", "30 partners", 100), []));

    [Fact]
    public void A_repeated_text_is_placed_by_a_sibling_claim_of_the_same_sentence()
    {
        const string Sentence = "Of 30 ships, 5 sank and 30 ships sailed.";
        var second = At(Sentence, "30 ships", 200, occurrence: 1);
        var sibling = At(Sentence, "5", 200);
        Assert.Equal(24, SentenceHighlight.Locate(second, [sibling, second]));
    }

    [Fact]
    public void A_repeated_text_with_no_anchor_is_placed_by_its_rank()
    {
        const string Sentence = "30 ships and 30 ships.";
        var first = At(Sentence, "30 ships", 50);
        var second = At(Sentence, "30 ships", 50, occurrence: 1);
        Assert.Equal(0, SentenceHighlight.Locate(first, [first, second]));
        Assert.Equal(13, SentenceHighlight.Locate(second, [first, second]));
    }

    [Fact]
    public void A_text_missing_from_its_sentence_is_not_marked()
    {
        var claim = At("They have 30 partners.", "30 partners", 0) with { Text = "forty" };
        Assert.Null(SentenceHighlight.Locate(claim, []));
    }

    [Theory]
    [InlineData("2019", 2019.0, 2020.0)]
    [InlineData("2021-07", 2021.4959, 2021.5808)]
    [InlineData("2023-09-29", 2023.7425, 2023.7452)]
    [InlineData("2018-01/2018-06", 2018.0, 2018.4959)]
    [InlineData("2024/2025", 2024.0, 2026.0)]
    public void As_of_becomes_a_span_of_decimal_years(string asOf, double from, double to)
    {
        var span = AsOfTime.Span(asOf);
        Assert.NotNull(span);
        Assert.Equal(from, span.Value.From, 3);
        Assert.Equal(to, span.Value.To, 3);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("--05-10")]
    [InlineData("last year")]
    [InlineData("2025/2024")]
    [InlineData("20190")]
    public void Other_times_have_no_place_on_the_timeline(string? asOf) =>
        Assert.Null(AsOfTime.Span(asOf));

    [Fact]
    public void Word_diff_marks_whole_words_that_changed()
    {
        var segments = WordDiff.Compute("The ministry showed more than 800 new weapons.", "The ministry showed over 1,000 new weapons.");
        Assert.Equal("The ministry showed more than 800 new weapons.", string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        Assert.Equal("The ministry showed over 1,000 new weapons.", string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.Contains(segments, s => s.Kind == DiffKind.Removed && s.Text.Contains("800", StringComparison.Ordinal));
        Assert.Contains(segments, s => s.Kind == DiffKind.Added && s.Text.Contains("1,000", StringComparison.Ordinal));
        Assert.Equal("The ministry showed ", segments[0].Text);
    }

    [Fact]
    public void Word_diff_of_equal_texts_is_one_same_run() =>
        Assert.Equal([new DiffSegment(DiffKind.Same, "Same words.")], WordDiff.Compute("Same words.", "Same words."));

    [Theory]
    [InlineData("https://example.org/a", "https://example.org/a")]
    [InlineData("  http://Example.org  ", "http://example.org/")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,x", null)]
    [InlineData("ftp://example.org/", null)]
    [InlineData("//example.org/a", null)]
    [InlineData("example.org", null)]
    public void Safe_urls_are_absolute_http_or_https(string url, string? expected) =>
        Assert.Equal(expected, SafeUrl.Http(url));
}
