using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using ClaimCheck.Extraction;
using Humanizer;

namespace ClaimCheck.Consistency;

/// <summary>
/// Figures as people write them: the one wording of figures in every output meant for people (Markdown, HTML, the
/// terminal, <c>review</c> and <c>check</c> messages), so a figure reads the same wherever it is met. Raw bounds such as
/// <c>[119500000, 120500000]</c> are for machines and stay in analysis.json, the baseline and the CSV.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Below a million, digits with thousands separators: <c>412,000</c>, <c>28.5</c>.</item>
/// <item>From a million, millions, billions or trillions with up to three decimals: <c>120 million</c>, <c>1.8 trillion</c>;
/// a whole number those would round keeps its digits (<c>1,234,567</c>).</item>
/// <item>At most three decimals (six below 1), trailing zeros dropped.</item>
/// <item>Percentages with a sign, <c>12.5%</c>; any other unit is the claim's own, plural unless the figure is exactly 1,
/// currencies named with their country capitalised (<c>1 billion manats</c>, <c>5 Hong Kong dollars</c>).</item>
/// <item>Qualifiers in words: <c>about</c> (or <c>nearly</c> when only values below count), <c>more than</c>, <c>at least</c>,
/// <c>less than</c>, <c>up to</c>, <c>between 90 and 100 million</c>, <c>up by</c>, <c>down by</c>.</item>
/// <item>What a figure allows (<see cref="Reading"/>): an exact figure says so, <c>120 million euros (exact)</c>; an
/// approximate one gives its window rounded outward to its own last digit, as loosely as it was written:
/// <c>about 95 million euros (85–105 million)</c>; bounds and ranges say all in their words.</item>
/// </list>
/// </remarks>
public static class FigureText
{
    /// <summary>More decimals an approximate figure's window may take so that two conflicting figures never look as if they overlapped.</summary>
    private const int MaxExtraDecimals = 3;

    private static readonly (double Size, string Word)[] Scales = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];

    /// <summary>Humanizer's plural rules are regular expressions; a corpus has few units, each worded once.</summary>
    private static readonly ConcurrentDictionary<(string Unit, bool Money, bool Plural), string> UnitNames = new();

    /// <summary>Units whose written name is not the stored one, singular and plural.</summary>
    private static readonly FrozenDictionary<string, (string One, string Many)> Named = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["celsius"] = ("°C", "°C"),
        ["fahrenheit"] = ("°F", "°F"),
        ["pound-mass"] = ("pound", "pounds"),
        ["pound-foot"] = ("pound-foot", "pound-feet"),
        ["parts-per-million"] = ("part per million", "parts per million"),
        ["parts-per-billion"] = ("part per billion", "parts per billion"),
        ["revolutions per minute"] = ("revolution per minute", "revolutions per minute"),
        ["british thermal unit"] = ("British thermal unit", "British thermal units"),
        ["mega british thermal unit"] = ("million British thermal units", "million British thermal units"),
        ["pound sterling"] = ("pound sterling", "pounds sterling"),
        ["penny"] = ("penny", "pence"),
        ["times"] = ("times", "times"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Last words that read the same in the plural: <c>5 billion yen</c>, <c>3 horsepower</c>.</summary>
    private static readonly FrozenSet<string> SamePlural = FrozenSet.ToFrozenSet(
        [
            "yen", "yuan", "renminbi", "rand", "won", "baht", "dong", "naira", "sen", "tenge", "lari", "ringgit", "rupiah", "taka", "sum",
            "horsepower", "hertz", "kilohertz", "megahertz", "gigahertz",
        ],
        StringComparer.Ordinal);

    /// <summary>Plurals Humanizer does not know.</summary>
    private static readonly FrozenDictionary<string, string> IrregularPlurals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["krone"] = "kroner",
        ["krona"] = "kronor",
        ["real"] = "reais",
        ["leu"] = "lei",
        ["lev"] = "leva",
        ["hryvnia"] = "hryvnias",
        ["koruna"] = "korunas",
        ["zloty"] = "zlotys",
        ["lira"] = "liras",
        ["cedi"] = "cedis",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The words of a currency's name that stay lower case; the rest name a country or a people (<c>Hong Kong</c>, <c>Czech</c>).</summary>
    private static readonly FrozenSet<string> CurrencyWords = FrozenSet.ToFrozenSet(
        [
            "dollar", "cent", "euro", "pound", "sterling", "penny", "yen", "yuan", "manat", "shekel", "krone", "krona", "franc", "rupee",
            "rouble", "lira", "ringgit", "sen", "rand", "naira", "peso", "won", "dirham", "riyal", "lari", "dram", "tenge", "hryvnia",
            "zloty", "kuna", "koruna", "forint", "leu", "lev", "dinar", "real", "baht", "dong", "rupiah", "taka", "shilling", "cedi",
            "rial", "sum", "bitcoin",
        ],
        StringComparer.Ordinal);

    /// <summary>A claim's figure in words: <c>more than 1,000 military products</c>, <c>about 95 million euros</c>, <c>12.5%</c>.</summary>
    public static string Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Of(claim.Qualifier, claim.Value, claim.Low, claim.High, claim.Kind, claim.Unit, Figure.IsBelowOnly(claim.Text));
    }

    /// <summary>
    /// A figure in words from its parts (a claim's, or a baseline's): <c>between 90 and 100 million euros</c>, <c>up to 30
    /// countries</c>; <c>?</c> when it has no number (a date). <paramref name="nearly"/>: an approximate figure that allows
    /// only values below it (<c>nearly 30</c>).
    /// </summary>
    public static string Of(Qualifier qualifier, double? value, double? low, double? high, ClaimKind kind, string? unit, bool nearly = false)
    {
        var hedge = qualifier switch
        {
            Qualifier.MoreThan => "more than ",
            Qualifier.AtLeast => "at least ",
            Qualifier.LessThan => "less than ",
            Qualifier.AtMost => "up to ",
            Qualifier.Approximate => nearly ? "nearly " : "about ",
            Qualifier.Increase => "up by ",
            Qualifier.Decrease => "down by ",
            _ => string.Empty,
        };
        if (Finite(low) is { } l && Finite(high) is { } h)
        {
            // A hedged range ("about 20 to 25") keeps its hedge; "between" says the rest.
            return hedge.Length == 0 ? Between(l, h, kind, unit) : hedge + WithUnit(Span(l, h), kind, unit, plural: true);
        }

        return Finite(value) is { } v ? hedge + Amount(v, kind, unit) : "?";
    }

    /// <summary>
    /// What a figure allows, for a sentence that compares figures: <c>120 million euros (exact)</c>, <c>about 95 million euros
    /// (85–105 million)</c>, <c>more than 40 countries</c>. <paramref name="extraDecimals"/> sharpens an approximate window
    /// (see <see cref="ConflictDecimals"/>).
    /// </summary>
    internal static string Reading(Figure figure, int extraDecimals = 0)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var claim = figure.Claim;
        var text = Of(claim);
        if (claim.Low is not null && claim.High is not null)
        {
            return text;
        }

        return claim.Qualifier switch
        {
            Qualifier.Exact when claim.Value is not null => text + " (exact)",
            Qualifier.Approximate when RoundedWindow(figure, extraDecimals) is { } window => $"{text} ({Parenthetical(window, claim.Kind, claim.Unit)})",
            _ => text,
        };
    }

    /// <summary>
    /// The extra decimals two conflicting figures need so that what they are said to allow does not overlap on the page:
    /// <c>about 95 million</c> reads <c>85–105 million</c>, which would seem to hold <c>104.6 million</c>; with one more
    /// decimal it reads <c>85.5–104.5 million</c>.
    /// </summary>
    internal static int ConflictDecimals(Figure a, Figure b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Qualifier != Qualifier.Approximate && b.Qualifier != Qualifier.Approximate)
        {
            return 0;
        }

        var extra = 0;
        while (extra < MaxExtraDecimals && Shown(a, extra).Overlaps(Shown(b, extra)))
        {
            extra++;
        }

        return extra;
    }

    /// <summary>
    /// Values allowed together, in words: <c>290–330 kilometres</c>, <c>more than 290 kilometres</c>, <c>at least 40</c>,
    /// <c>up to 30 countries</c>.
    /// </summary>
    public static string Window(Interval allowed, ClaimKind kind, string? unit)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var (low, high) = (allowed.Low, allowed.High);
        if (double.IsPositiveInfinity(high))
        {
            return double.IsNegativeInfinity(low) ? "any figure" : (allowed.LowOpen ? "more than " : "at least ") + Amount(low, kind, unit);
        }

        if (double.IsNegativeInfinity(low))
        {
            return (allowed.HighOpen ? "less than " : "up to ") + Amount(high, kind, unit);
        }

        return low == high ? Amount(low, kind, unit) : WithUnit(Span(low, high), kind, unit, plural: true);
    }

    /// <summary>A number with the claim's unit: <c>120 million euros</c>, <c>12.5%</c>, <c>1 day</c>, <c>2 days</c>.</summary>
    public static string Amount(double value, ClaimKind kind, string? unit)
    {
        var number = Number(value);
        return WithUnit(number, kind, unit, plural: number != "1");
    }

    /// <summary>A number as people write it: <c>412,000</c>, <c>120 million</c>, <c>1.8 trillion</c>, <c>1,234,567</c>, <c>0.25</c>.</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return double.IsNaN(value) ? "?" : value > 0 ? "∞" : "-∞";
        }

        var (size, word) = ScaleOf(value);
        return word is null ? Digits(value) : Digits(value / size) + " " + word;
    }

    /// <summary>A share or a relative change in percent, to a tenth: <c>42.9%</c>, <c>1,250%</c>.</summary>
    public static string Percent(double percent) => Number(Math.Round(percent, 1, MidpointRounding.AwayFromZero)) + "%";

    /// <summary>A number for a chart's axis: <see cref="Number"/>, with the sign of a percentage.</summary>
    public static string Axis(double value, ClaimKind kind, string? unit) => IsPercent(kind, unit) ? Number(value) + "%" : Number(value);

    /// <summary>Two numbers with one scale word when they share it: <c>90–100 million</c>, <c>900,000–1.2 million</c>, <c>405–495</c>.</summary>
    public static string Span(double low, double high)
    {
        var (lowText, highText) = Pair(low, high);
        return lowText + "–" + highText;
    }

    private static string Between(double low, double high, ClaimKind kind, string? unit)
    {
        var (lowText, highText) = Pair(low, high);
        return "between " + lowText + " and " + WithUnit(highText, kind, unit, plural: true);
    }

    /// <summary>The low end without the scale word when both ends share it, so the word is said once.</summary>
    private static (string Low, string High) Pair(double low, double high)
    {
        var (size, word) = ScaleOf(high);
        return word is not null && ScaleOf(low).Word == word
            ? (Digits(low / size), Digits(high / size) + " " + word)
            : (Number(low), Number(high));
    }

    /// <summary>The window of an approximate figure in its parentheses: the scale word, and the sign of a percentage, but not another unit, said just before.</summary>
    private static string Parenthetical((double Low, double High, double Size, string? Word) window, ClaimKind kind, string? unit)
    {
        var span = Digits(window.Low) + "–" + Digits(window.High) + (window.Word is null ? string.Empty : " " + window.Word);
        return IsPercent(kind, unit) ? span + "%" : span;
    }

    /// <summary>
    /// An approximate figure's window in the figure's own scale, each end rounded outward to the figure's last written
    /// digit (plus <paramref name="extraDecimals"/>): <c>about 95 million</c> with ±10% is 85.5–104.5 million, shown 85–105.
    /// </summary>
    private static (double Low, double High, double Size, string? Word)? RoundedWindow(Figure figure, int extraDecimals)
    {
        var allowed = figure.Allowed;
        if (!double.IsFinite(allowed.Low) || !double.IsFinite(allowed.High) || Finite(figure.Claim.Value) is not { } central)
        {
            return null;
        }

        var (size, word) = ScaleOf(central);
        var decimals = Math.Min(DecimalsOf(central / size) + extraDecimals, 12);
        var factor = Math.Pow(10, decimals);

        // Rounded to six places first, so that 30 − 3.0000000000000004 floors to 27, not 26.
        var low = Math.Floor(Math.Round(allowed.Low / size * factor, 6)) / factor;
        var high = Math.Ceiling(Math.Round(allowed.High / size * factor, 6)) / factor;
        return (low, high, size, word);
    }

    /// <summary>The values a conflict's sentence shows a figure to allow: its window as rounded, the figure itself when exact, else what it allows.</summary>
    private static Interval Shown(Figure figure, int extraDecimals) => figure.Qualifier switch
    {
        Qualifier.Approximate when RoundedWindow(figure, extraDecimals) is { } w => new Interval(w.Low * w.Size, w.High * w.Size),
        Qualifier.Exact when figure.Claim.Low is null && Finite(figure.Claim.Value) is { } v => new Interval(v, v),
        _ => figure.Allowed,
    };

    private static string WithUnit(string number, ClaimKind kind, string? unit, bool plural)
    {
        if (IsPercent(kind, unit))
        {
            return number + "%";
        }

        return string.IsNullOrWhiteSpace(unit) ? number : number + " " + UnitName(unit, kind == ClaimKind.Money, plural);
    }

    private static bool IsPercent(ClaimKind kind, string? unit) => unit == "percent" || (kind == ClaimKind.Percent && unit is null);

    private static string UnitName(string unit, bool money, bool plural) =>
        UnitNames.GetOrAdd((unit, money, plural), static key => Name(key.Unit, key.Money, key.Plural));

    private static string Name(string unit, bool money, bool plural)
    {
        if (Named.TryGetValue(unit, out var named))
        {
            return plural ? named.Many : named.One;
        }

        var words = unit.Split(' ');
        if (money)
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (!CurrencyWords.Contains(words[i]) && words[i].Length > 0)
                {
                    words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
                }
            }
        }

        if (plural)
        {
            // The noun heads the unit: "miles per hour", "years of age"; else the last word is the noun.
            var head = Array.FindIndex(words, w => w is "per" or "of") is var at && at > 0 ? at - 1 : words.Length - 1;
            words[head] = SamePlural.Contains(words[head]) ? words[head]
                : IrregularPlurals.TryGetValue(words[head], out var many) ? many
                : words[head].Pluralize(inputIsKnownToBeSingular: false);
        }

        return string.Join(' ', words);
    }

    private static string Digits(double value) =>
        value.ToString(Math.Abs(value) < 1 ? "#,0.######" : "#,0.###", CultureInfo.InvariantCulture);

    /// <summary>How many decimals a number needs, up to the three (six below 1) a figure is shown with.</summary>
    private static int DecimalsOf(double value)
    {
        var most = Math.Abs(value) < 1 ? 6 : 3;
        for (var decimals = 0; decimals < most; decimals++)
        {
            if (Math.Abs(value - Math.Round(value, decimals)) <= 1e-9 * Math.Max(1, Math.Abs(value)))
            {
                return decimals;
            }
        }

        return most;
    }

    /// <summary>The largest scale word a number reaches, when the number reads well in it.</summary>
    private static (double Size, string? Word) ScaleOf(double value)
    {
        var magnitude = Math.Abs(value);
        foreach (var (size, word) in Scales)
        {
            if (magnitude >= size)
            {
                return Fits(value, size) ? (size, word) : (1, null);
            }
        }

        return (1, null);
    }

    /// <summary>
    /// Whether a number reads in a scale without losing digits: to the thousandth of the scale (<c>1.845 trillion</c>), or
    /// any number that is not whole (a computed bound), which has no digits worth keeping.
    /// </summary>
    private static bool Fits(double value, double size) => !IsWhole(value) || IsWhole(value / size * 1000);

    private static bool IsWhole(double value) => Math.Abs(value - Math.Round(value)) <= 1e-9 * Math.Max(1, Math.Abs(value));

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
