using System.Collections.Frozen;

namespace ClaimCheck.Extraction;

/// <summary>English number words: cardinals, scales, fractions and the vague plurals news uses for sizes.</summary>
internal static class NumberWords
{
    /// <summary>Words that are numbers on their own and can be combined (<c>twenty-two</c>, <c>three hundred</c>).</summary>
    public static readonly FrozenDictionary<string, double> Cardinals = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fourty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A multiple written as one word, a cardinal or scale and <c>fold</c>: <c>fourfold</c>, <c>hundredfold</c>; not <c>manifold</c>.</summary>
    public static bool TryOneWordMultiple(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        if (word.Length <= 4 || !word.EndsWith("fold", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var stem = word[..^4];
        return Cardinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out value)
            || Scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out value);
    }

    /// <summary>Multipliers written as words after a number: <c>1.2 million</c>, <c>three hundred</c>.</summary>
    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2,
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["billion"] = 1e9,
        ["trillion"] = 1e12,
        ["mln"] = 1e6,
        ["bln"] = 1e9,
        ["mn"] = 1e6,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Multipliers glued to digits: <c>$800m</c>, <c>$1.762bn</c>, <c>13.6M</c>, <c>$1tn</c>. Case matters for <c>m</c> (metre) versus <c>M</c>.</summary>
    public static readonly FrozenDictionary<string, double> ScaleSuffixes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["k"] = 1e3,
        ["K"] = 1e3,
        ["m"] = 1e6,
        ["M"] = 1e6,
        ["mn"] = 1e6,
        ["mln"] = 1e6,
        ["bn"] = 1e9,
        ["b"] = 1e9,
        ["B"] = 1e9,
        ["bln"] = 1e9,
        ["Bn"] = 1e9,
        ["BN"] = 1e9,
        ["tn"] = 1e12,
        ["trn"] = 1e12,
        ["T"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Fractions usable after <c>a</c>/<c>one</c>/a cardinal: <c>a third</c>, <c>two-thirds</c>, <c>three quarters</c>.</summary>
    public static readonly FrozenDictionary<string, double> Fractions = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 1d / 2,
        ["halves"] = 1d / 2,
        ["third"] = 1d / 3,
        ["thirds"] = 1d / 3,
        ["quarter"] = 1d / 4,
        ["quarters"] = 1d / 4,
        ["fourth"] = 1d / 4,
        ["fourths"] = 1d / 4,
        ["fifth"] = 1d / 5,
        ["fifths"] = 1d / 5,
        ["tenth"] = 1d / 10,
        ["tenths"] = 1d / 10,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Ordinal words that end a compound ordinal: <c>twenty-first</c>, <c>thirty fifth</c>, <c>one hundred and first</c>.
    /// Some are fractions too (<c>a fifth of</c>); after a tens word they rank. <c>second</c> is left out: <c>a thirty second
    /// advert</c> lasts thirty seconds.
    /// </summary>
    public static readonly FrozenSet<string> Ordinals = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
        "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth");

    /// <summary>
    /// Vague plurals followed by <c>of</c> or a scale, as ranges. The NewsQuant convention: one order of
    /// magnitude from the named size (<c>hundreds of</c> is 100..1000, <c>dozens of</c> is 12..120).
    /// </summary>
    public static readonly FrozenDictionary<string, double> VaguePlurals = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 12,
        ["scores"] = 20,
        ["tens"] = 10,
        ["hundreds"] = 100,
        ["thousands"] = 1e3,
        ["millions"] = 1e6,
        ["billions"] = 1e9,
        ["trillions"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
