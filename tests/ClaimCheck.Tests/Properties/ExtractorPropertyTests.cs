using ClaimCheck.Corpus;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Tests.Support;
using ClaimCheck.Text;
using CsCheck;

namespace ClaimCheck.Tests.Properties;

/// <summary>
/// The extractor on generated text: it never throws, and every claim it returns points into the document (start and end
/// inside the text, its text exactly that slice). Two generators: arbitrary UTF-16 (lone surrogates, controls, any
/// script) and news-shaped text made of the pieces the recognisers look for (numbers, number words, qualifiers,
/// currencies, units, dates, quotes, dashes, line ends) mixed with arbitrary characters, so the rules themselves are
/// exercised, not only the tokenizer.
/// </summary>
public sealed class ExtractorPropertyTests
{
    /// <summary>Generated cases per property; the two properties give 80,000 documents.</summary>
    public const int Iterations = 40_000;

    private static readonly string[] Pieces =
    [
        "1", "7", "44", "800", "1,000", "1,463.78", ".5", "2019", "2023-09-29", "10^400", "1e400", "9,9,9", "1/16", "24/7", "3-4",
        "one", "two", "twenty", "-", "two", "hundred", "thousand", "million", "billion", "dozen", "dozens", "hundreds", "tens", "of",
        "a", "an", "half", "third", "thirds", "quarter", "and", "or", "to", "from", "between", "by",
        "more", "than", "less", "fewer", "over", "under", "about", "around", "some", "nearly", "almost", "at", "least", "most", "up",
        "$", "€", "£", "US", "AZN", "PS", "m", "bn", "k", "%", "percent", "per", "cent", "km", "km/h", "kg", "years", "year", "old",
        "ago", "day", "days", "countries", "people", "weapons", "products", "types", "rose", "fell", "increased", "by",
        "January", "May", "Dec.", "2020s", "last", "week", "since", "until", "in", "on", "said", "he", "she", "the", "minister", "Guliyev",
        "\"", "“", "”", "«", "»", "'", "(", ")", "[", "]", ",", ".", ";", ":", "!", "?", "…", "–", "—", "−", "/", "⁄", "+", "=", "&",
        " ", " ", " ", " ", "\n", "\n\n", "\t", "\u00A0", "\u2028", "\r\n", "\r",
    ];

    private static readonly Gen<string> ArbitraryText = Gen.Char.Array[0, 60].Select(chars => new string(chars));

    private static readonly Gen<string> NewsShapedText = Gen.Frequency(
            (8, Gen.OneOf(Pieces)),
            (1, Gen.Char.Array[1, 3].Select(chars => new string(chars))),
            (1, Gen.Int[0, 100_000].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        .Array[0, 40]
        .Select(parts => string.Join(string.Empty, parts.Select((p, i) => i > 0 && p.Length > 1 && char.IsLetterOrDigit(p[0]) ? " " + p : p)));

    private static readonly Gen<DateOnly?> Published = Gen.Frequency(
        (1, Gen.Const((DateOnly?)null)),
        (3, Gen.Int[1, 3_650_000].Select(d => (DateOnly?)DateOnly.FromDayNumber(d))));

    [Fact]
    public void Never_throws_on_arbitrary_unicode_and_claims_are_slices_of_the_text() =>
        ArbitraryText.Select(Published).Sample((text, published) => CheckClaims(text, published), seed: PropertySeed.Value, iter: Iterations);

    [Fact]
    public void Never_throws_on_news_shaped_text_and_claims_are_slices_of_the_text() =>
        NewsShapedText.Select(Published).Sample((text, published) => CheckClaims(text, published), seed: PropertySeed.Value, iter: Iterations);

    /// <summary>Cases the generators found, kept so they are checked on every run.</summary>
    [Theory]
    [InlineData("06-")]
    [InlineData("1/16 or")]
    [InlineData("between 5 and")]
    [InlineData("5 to")]
    public void Text_ending_in_a_range_connector_is_not_an_error(string text) => CheckClaims(text, new DateOnly(5311, 8, 17));

    [Theory]
    [InlineData("It opened 44 years ago.")]
    [InlineData("It opened 30 months ago.")]
    [InlineData("It opened 400 days ago.")]
    [InlineData("It opened 60 weeks ago.")]
    [InlineData("It opened yesterday.")]
    [InlineData("It opened last year and last month.")]
    [InlineData("It opened on November 8.")]
    public void Time_ago_from_a_publication_date_near_year_one_is_not_an_error(string text) => CheckClaims(text, new DateOnly(1, 1, 1));

    private static void CheckClaims(string text, DateOnly? published)
    {
        // Through the corpus's own path too: line ends normalised and page furniture marked, as a loaded file would be.
        var normalized = TextDecoder.NormalizeNewlines(text);
        var document = Document.FromText("doc", normalized, published) with
        {
            Skipped = TextRanges.Normalize(BoilerplateDetector.Default.Detect(normalized), normalized.Length),
        };
        foreach (var (source, claims) in new[] { (text, Claims.Extract(text, published)), (normalized, ClaimExtractor.Default.Extract(document)) })
        {
            foreach (var claim in claims)
            {
                if (claim.Start < 0 || claim.End > source.Length || claim.Start > claim.End)
                {
                    throw new InvalidOperationException($"claim [{claim.Start}, {claim.End}) lies outside a text of {source.Length} characters");
                }

                if (claim.Text != source[claim.Start..claim.End])
                {
                    throw new InvalidOperationException($"claim text '{claim.Text}' is not the slice '{source[claim.Start..claim.End]}'");
                }
            }
        }
    }
}
