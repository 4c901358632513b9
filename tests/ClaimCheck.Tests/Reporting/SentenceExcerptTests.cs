using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

public sealed class SentenceExcerptTests
{
    private static readonly string LongSentence =
        string.Join(' ', Enumerable.Repeat("the harbour board counted lorries and cranes along the quay", 8))
        + " while 4,120 containers waited at anchor, "
        + string.Join(' ', Enumerable.Repeat("and the inspectors walked the length of the pier again", 8)) + ".";

    [Fact]
    public void A_sentence_of_ordinary_length_is_kept_whole()
    {
        const string sentence = "The ferry carried 312 passengers on its first crossing.";
        Assert.Equal(sentence, SentenceExcerpt.Around(sentence, sentence.IndexOf("312", StringComparison.Ordinal), 3));
    }

    [Fact]
    public void A_long_sentence_is_cut_to_whole_words_around_its_figure_with_ellipses()
    {
        var at = LongSentence.IndexOf("4,120 containers", StringComparison.Ordinal);
        var excerpt = SentenceExcerpt.Around(LongSentence, at, "4,120 containers".Length);

        Assert.True(LongSentence.Length > 2 * SentenceExcerpt.MaxLength);
        Assert.InRange(excerpt.Length, SentenceExcerpt.MaxLength / 2, SentenceExcerpt.MaxLength + 2);
        Assert.Contains("4,120 containers", excerpt, StringComparison.Ordinal);
        Assert.StartsWith("…", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        var inner = excerpt.Trim('…');
        Assert.Contains(inner, LongSentence, StringComparison.Ordinal);

        // Cut between words: the text next to each ellipsis is a whole word of the sentence.
        var first = inner.Split(' ')[0];
        var last = inner.Split(' ')[^1];
        Assert.Contains(" " + first + " ", LongSentence, StringComparison.Ordinal);
        Assert.Contains(" " + last + " ", LongSentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_at_the_start_or_end_is_cut_on_one_side_only()
    {
        var start = SentenceExcerpt.Around(LongSentence, 0, 3);
        Assert.False(start.StartsWith('…'));
        Assert.EndsWith("…", start, StringComparison.Ordinal);

        var end = SentenceExcerpt.Around(LongSentence, LongSentence.Length - 6, 5);
        Assert.StartsWith("…", end, StringComparison.Ordinal);
        Assert.EndsWith("again.", end, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_that_was_not_located_gives_the_start_of_the_sentence()
    {
        var excerpt = SentenceExcerpt.Around(LongSentence, null, 4);
        Assert.StartsWith("the harbour board", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_run_without_spaces_is_cut_where_it_must_be()
    {
        var digits = string.Concat(Enumerable.Repeat("1,", 1_000));
        var excerpt = SentenceExcerpt.Around(digits, 1_000, 1);
        Assert.Equal(SentenceExcerpt.MaxLength + 2, excerpt.Length);
    }
}
