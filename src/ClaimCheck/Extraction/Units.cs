using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Finds the unit written after a number: glued (<c>640bhp</c>, <c>5.5kWh</c>, <c>32m2</c>), hyphenated
/// (<c>a 44-day war</c>, <c>400 million-year-old</c>), spaced (<c>12 miles per hour</c>, <c>per cent</c>),
/// currencies (<c>1 billion manats</c>), and a rate part (<c>$3500 a month</c>, <c>US $58.24 per barrel</c>).
/// </summary>
internal static class Units
{
    private static readonly HashSet<string> GluedOnly = new(StringComparer.Ordinal) { "m", "g", "l", "s", "h", "x", "mi", "ha", "min", "L", "sec", "yo", "pp", "p", "″", "′", "A" };

    public static UnitMatch? Find(TokenView view, int k)
    {
        if (k >= view.Count)
        {
            return null;
        }

        if (TryExponentChain(view, k, out var chain, out var chainLast))
        {
            return Complete(view, new UnitMatch(new UnitInfo(chain, ClaimKind.Measure), chainLast));
        }

        var start = view.IsHyphenJoined(k) && view.IsWord(k + 1) ? k + 1 : k;
        if (!TryLongest(view, start, out var info, out var last))
        {
            return null;
        }

        return Complete(view, new UnitMatch(info, last));
    }

    /// <summary><c>fourfold</c>: the number and its unit, times, are one token.</summary>
    public static UnitMatch? OneWordMultiple(TokenView view, ParsedNumber number) =>
        number.First == number.Last && view.IsWord(number.First) && NumberWords.TryOneWordMultiple(view.Span(number.First), out _)
            ? new UnitMatch(new UnitInfo("times", ClaimKind.Ratio), number.Last)
            : null;

    /// <summary>Adds what follows a unit: the substance of a mass or volume (<c>barrels of oil</c>) and a rate (<c>per day</c>).</summary>
    public static UnitMatch Complete(TokenView view, UnitMatch unit)
    {
        var k = unit.Last + 1;
        if (Substances.Contains(unit.Info.Name) && view.Is(k, "of") && view.IsLowerWord(k + 1) && !view.In(Lexicon.PhraseBreakers, k + 1))
        {
            unit = unit with { Info = unit.Info with { Name = unit.Info.Name + " of " + UnitNames.FromPhrase(view.Text(k + 1)) }, Last = k + 1 };
        }

        return WithPer(view, unit);
    }

    /// <summary>
    /// <c>between 50 and 70 on the GPa scale</c>, <c>7.1 on the Richter scale</c>: the scale names the unit; a known unit
    /// symbol is read as that unit, any other scale by its name.
    /// </summary>
    public static UnitMatch? OnScale(TokenView view, int k)
    {
        if (!view.Is(k, "on") || !view.Is(k + 1, "the"))
        {
            return null;
        }

        for (var end = k + 3; end <= Math.Min(k + 5, view.Count - 1); end++)
        {
            if (!view.Is(end, "scale"))
            {
                continue;
            }

            if (TryLongest(view, k + 2, out var info, out var last) && last == end - 1)
            {
                return new UnitMatch(info, end);
            }

            for (var j = k + 2; j < end; j++)
            {
                if (!view.IsWord(j) || view.In(Lexicon.PhraseBreakers, j))
                {
                    return null;
                }
            }

            return new UnitMatch(new UnitInfo(view.Key(k + 2, end).ToLowerInvariant(), ClaimKind.Measure), end); // "richter scale"
        }

        return null;
    }

    /// <summary>
    /// Unit symbols that scientific prose writes with a flattened exponent (<c>W m−2</c>, <c>kg m-3</c>, <c>s-1</c>): case
    /// matters (<c>K</c> is kelvin, <c>k</c> nothing).
    /// </summary>
    private static readonly Dictionary<string, string> ExponentSymbols = new(StringComparer.Ordinal)
    {
        ["m"] = "metre",
        ["cm"] = "centimetre",
        ["mm"] = "millimetre",
        ["km"] = "kilometre",
        ["s"] = "second",
        ["h"] = "hour",
        ["d"] = "day",
        ["yr"] = "year",
        ["kg"] = "kilogram",
        ["g"] = "gram",
        ["mg"] = "milligram",
        ["mol"] = "mole",
        ["L"] = "litre",
        ["l"] = "litre",
        ["K"] = "kelvin",
        ["ha"] = "hectare",
        ["W"] = "watt",
        ["J"] = "joule",
        ["Pa"] = "pascal",
    };

    /// <summary>
    /// Whether number <paramref name="i"/> is the flattened exponent of a unit symbol (<c>2</c> in <c>W m−2</c>): a glued dash
    /// and one digit from 1 to 4 after a known symbol that itself follows a figure, another symbol or an element letter
    /// (<c>g C m-2</c>). <c>K-9</c> and <c>the L-1 visa</c> are names.
    /// </summary>
    public static bool IsExponent(TokenView view, int i)
    {
        var symbol = i - 2;
        if (!IsExponentDigit(view, i) || !view.IsDash(i - 1) || view.Tokens[i - 1].SpaceBefore || !view.IsWord(symbol)
            || !ExponentSymbols.ContainsKey(view.Text(symbol)) || !view.Tokens[symbol].SpaceBefore)
        {
            return false;
        }

        var before = symbol - 1;
        return view.IsNumber(before) || (view.IsWord(before) && (ExponentSymbols.ContainsKey(view.Text(before)) || view.Span(before) is [>= 'A' and <= 'Z']));
    }

    private static bool IsExponentDigit(TokenView view, int i) =>
        view.IsNumber(i) && !view.Tokens[i].SpaceBefore && view.Span(i) is [>= '1' and <= '4'] && !(i + 1 < view.Count && !view.Tokens[i + 1].SpaceBefore && (view.IsWord(i + 1) || view.IsNumber(i + 1)));

    /// <summary>
    /// A unit written as symbols with flattened exponents from token <paramref name="k"/>: <c>W m−2</c> is watt per square
    /// metre, <c>mol m-2 yr-1</c> mole per square metre per year, <c>s-1</c> per second. At least one symbol must carry an
    /// exponent, and the chain ends with the last one that does.
    /// </summary>
    private static bool TryExponentChain(TokenView view, int k, out string name, out int last)
    {
        name = string.Empty;
        last = -1;
        var above = new List<string>();
        var below = new List<string>();
        var pendingAbove = new List<string>();
        for (var j = k; view.IsWord(j) && (j == k || view.Tokens[j].SpaceBefore) && ExponentSymbols.TryGetValue(view.Text(j), out var unit); j++)
        {
            if (view.IsDash(j + 1) && !view.Tokens[j + 1].SpaceBefore && IsExponentDigit(view, j + 2))
            {
                above.AddRange(pendingAbove);
                pendingAbove.Clear();
                below.Add(view.Span(j + 2) is "2" ? "square " + unit : view.Span(j + 2) is "3" ? "cubic " + unit : unit);
                j += 2;
                last = j;
            }
            else
            {
                pendingAbove.Add(unit);
            }
        }

        if (last < 0)
        {
            return false;
        }

        name = string.Join(' ', above) + string.Concat(below.Select(b => " per " + b));
        name = name.TrimStart();
        return true;
    }

    /// <summary>A symbol written before <c>/</c> is a unit even when spaced from the number: <c>1.3 A/cm2</c>, <c>9.8 m/s2</c>.</summary>
    private static bool StartsRate(TokenView view, int k) => view.IsSymbol(k, '/') && !view.Tokens[k].SpaceBefore && view.IsWord(k + 1) && !view.Tokens[k + 1].SpaceBefore;

    /// <summary>A rate after a counted noun: <c>per day</c>, <c>a year</c>.</summary>
    public static bool TryRate(TokenView view, int k, out string rate, out int last)
    {
        rate = string.Empty;
        last = -1;
        if (view.Is(k, "per") && TryPerUnit(view, k + 1, requireKnown: false, out rate, out last))
        {
            return true;
        }

        return (view.Is(k, "a") || view.Is(k, "an")) && TryPerUnit(view, k + 1, requireKnown: true, out rate, out last)
            && RateTimeUnits.Contains(rate) && !IsTimeAdverb(view, last + 1);
    }

    private static readonly HashSet<string> Substances = new(StringComparer.Ordinal)
    {
        "barrel", "tonne", "ton", "litre", "gallon", "cubic metre", "cubic foot", "kilogram", "gram", "pound-mass", "ounce", "millilitre", "pint",
    };

    /// <summary>After <c>$5</c>: an optional <c>US</c>, then an optional rate (<c>per barrel</c>).</summary>
    public static UnitMatch AfterCurrency(TokenView view, int k, string currency)
    {
        var last = k - 1;
        if (view.Is(k, "US"))
        {
            last = k;
        }
        else if (view.Is(k, "U") && view.IsSymbol(k + 1, '.') && view.Is(k + 2, "S") && view.IsSymbol(k + 3, '.'))
        {
            last = k + 3;
        }

        return WithPer(view, new UnitMatch(new UnitInfo(currency, ClaimKind.Money), last));
    }

    private static bool TryLongest(TokenView view, int start, out UnitInfo info, out int last)
    {
        info = null!;
        last = -1;
        var max = Math.Min(UnitLexicon.MaxTokens, view.Count - start);
        for (var length = max; length >= 1; length--)
        {
            var end = start + length - 1;
            if (end + 1 < view.Count && !view.Tokens[end + 1].SpaceBefore && (view.IsWord(end + 1) || view.IsNumber(end + 1)))
            {
                continue; // the match would cut a glued chunk: "5 kmph" is not km
            }

            var token = view.Tokens[start];
            if (length == 1 && token.Kind == TokenKind.Word && view.TryGet(UnitLexicon.CaseSensitiveForms, start, out var exact)
                && (!GluedOnly.Contains(view.Text(start)) || !token.SpaceBefore || StartsRate(view, start + 1)))
            {
                info = exact;
                last = end;
                return true;
            }

            var key = view.Key(start, end);
            if (UnitLexicon.Forms.TryGetValue(key, out var found) && (!GluedOnly.Contains(key) || !token.SpaceBefore))
            {
                info = found;
                last = end;
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> RateTimeUnits = new(StringComparer.Ordinal) { "second", "minute", "hour", "day", "week", "month", "year" };

    /// <summary>Adds <c>per X</c>: <c>per barrel</c>, <c>a month</c>, <c>/gallon</c>, <c>-a-day</c>.</summary>
    private static UnitMatch WithPer(TokenView view, UnitMatch unit)
    {
        if (unit.Info.Kind is not (ClaimKind.Money or ClaimKind.Measure))
        {
            return unit;
        }

        var k = unit.Last + 1;

        // "9 billion shekels ($2.408 billion) a year": the rate comes after a conversion in parentheses. It applies
        // to the figure, but the span stops before the parenthesis, which states a figure of its own.
        var afterParenthesis = ClosingParenthesis(view, k);
        if (afterParenthesis > k && (view.Is(afterParenthesis + 1, "a") || view.Is(afterParenthesis + 1, "per")))
        {
            var rated = WithPer(view, unit with { Last = afterParenthesis });
            return rated.Per is null ? unit : HasNumber(view, k + 1, afterParenthesis - 1) ? unit with { Per = rated.Per } : rated;
        }

        // "($2.408 billion) a year": the conversion in parentheses takes the rate written after them.
        if (view.IsSymbol(k, ')') && (view.Is(k + 1, "a") || view.Is(k + 1, "per")))
        {
            var rated = WithPer(view, unit with { Last = k });
            return rated.Per is null ? unit : unit with { Per = rated.Per };
        }

        if (view.IsHyphenJoined(k) && view.Is(k + 1, "a") && view.IsHyphenJoined(k + 2) && view.IsWord(k + 3))
        {
            return TryPerUnit(view, k + 3, requireKnown: true, out var name, out var last) ? unit with { Last = last, Per = name } : unit;
        }

        if (view.Is(k, "per") || (view.IsSymbol(k, '/') && !view.Tokens[k].SpaceBefore))
        {
            return TryPerUnit(view, k + 1, requireKnown: false, out var name, out var last) ? unit with { Last = last, Per = name } : unit;
        }

        if ((view.Is(k, "a") || view.Is(k, "an")) && TryPerUnit(view, k + 1, requireKnown: true, out var rate, out var rateLast)
            && (RateTimeUnits.Contains(rate) || unit.Info.Kind == ClaimKind.Money) && !IsTimeAdverb(view, rateLast + 1))
        {
            return unit with { Last = rateLast, Per = rate };
        }

        return unit;
    }

    /// <summary>The index of the <c>)</c> closing a short parenthesis that opens at <paramref name="k"/>, else <paramref name="k"/>.</summary>
    private static int ClosingParenthesis(TokenView view, int k)
    {
        if (!view.IsSymbol(k, '('))
        {
            return k;
        }

        for (var j = k + 1; j < Math.Min(view.Count, k + 10); j++)
        {
            if (view.IsSymbol(j, ')'))
            {
                return j;
            }
        }

        return k;
    }

    private static bool HasNumber(TokenView view, int first, int last)
    {
        for (var j = first; j <= last; j++)
        {
            if (view.IsNumber(j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>$6.78 billion a year earlier</c>: "a year" dates the figure, it is not a rate.</summary>
    private static bool IsTimeAdverb(TokenView view, int k) =>
        view.Is(k, "ago") || view.Is(k, "earlier") || view.Is(k, "later") || view.Is(k, "before") || view.Is(k, "after") || view.Is(k, "prior") || view.Is(k, "on");

    private static bool TryPerUnit(TokenView view, int k, bool requireKnown, out string name, out int last)
    {
        name = string.Empty;
        last = -1;
        if (!view.IsWord(k))
        {
            return false;
        }

        if (TryLongest(view, k, out var info, out last) && info.Kind is not ClaimKind.Money and not ClaimKind.Percent)
        {
            name = info.Name;
            return true;
        }

        var word = view.Text(k);
        if (requireKnown || Lexicon.PhraseBreakers.Contains(word) || !view.IsLowerWord(k))
        {
            return false;
        }

        name = UnitNames.FromPhrase(word);
        last = k;
        return true;
    }
}
