using System.Globalization;
using ClaimCheck.Extraction;
using ClaimCheck.Tests.Support;
using ClaimCheck.Text;
using CsCheck;
using Humanizer;

namespace ClaimCheck.Tests.Properties;

/// <summary>
/// The number parser reads back what was written: integers and decimals in digits, with and without thousands
/// separators, and whole numbers written out in English words (by Humanizer, not by ClaimCheck's own rules), then the
/// same numbers inside a sentence through the whole extractor.
/// </summary>
public sealed class NumberParserPropertyTests
{
    /// <summary>Generated cases per property; the four properties give 80,000 numbers.</summary>
    public const int Iterations = 20_000;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    // Up to 2^53: every integer is exact as a double, so a round trip must be exact.
    private static readonly Gen<long> Integers = Gen.Frequency(
        (3, Gen.Long[0, 10_000]),
        (3, Gen.Long[0, 10_000_000]),
        (2, Gen.Long[0, 1L << 53]));

    [Fact]
    public void Integers_in_digits_round_trip_with_and_without_separators() =>
        Integers.Sample(n =>
        {
            foreach (var written in new[] { n.ToString("D", CultureInfo.InvariantCulture), n.ToString("N0", CultureInfo.InvariantCulture) })
            {
                Assert.Equal((double)n, Parse(written));
            }
        }, seed: PropertySeed.Value, iter: Iterations);

    [Fact]
    public void Decimals_in_digits_round_trip() =>
        Gen.Long[0, 1_000_000_000].Select(Gen.Int[1, 6]).Sample((n, places) =>
        {
            var value = n / Math.Pow(10, places);
            var written = value.ToString("N" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var parsed = Parse(written);
            Assert.True(Math.Abs(parsed - value) <= Math.Abs(value) * 1e-15, $"{written} read as {parsed.ToString("R", CultureInfo.InvariantCulture)}");
        }, seed: PropertySeed.Value, iter: Iterations);

    [Fact]
    public void Whole_numbers_in_words_round_trip() =>
        Gen.Frequency((3, Gen.Long[1, 1_000]), (3, Gen.Long[1, 1_000_000]), (2, Gen.Long[1, 999_999_999_999])).Sample(n =>
        {
            var written = n.ToWords(English);
            Assert.Equal((double)n, Parse(written));
        }, seed: PropertySeed.Value, iter: Iterations);

    [Fact]
    public void Numbers_in_a_sentence_are_claims_with_their_value() =>
        Gen.Long[2, 999_999_999].Select(Gen.Bool).Sample((n, words) =>
        {
            var written = words ? n.ToWords(English) : n.ToString("N0", CultureInfo.InvariantCulture);
            var sentence = $"The agency counted {written} tractors in the region.";
            var claim = Assert.Single(Claims.Extract(sentence), c => c.Kind != ClaimKind.Date);
            Assert.Equal((double)n, claim.Value);
            Assert.Equal(written + " tractors", claim.Text);
            Assert.Equal("tractor", claim.Unit);
        }, seed: PropertySeed.Value, iter: Iterations);

    private static double Parse(string written)
    {
        var view = new TokenView(written, Tokenizer.Tokenize(written, 0, written.Length));
        Assert.True(NumberParser.TryParse(view, 0, moneyContext: false, out var number), $"'{written}' is not read as a number");
        Assert.Equal(view.Count - 1, number.Last);
        return number.Value;
    }
}
