using System.Globalization;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Reads one number phrase at a token position: digits (<c>1,000</c>, <c>1.2 million</c>, <c>$800m</c>),
/// words (<c>twenty-two</c>, <c>a dozen</c>, <c>three hundred thousand</c>), mixed (<c>28 and a half</c>),
/// fractions (<c>two-thirds</c>) and vague plurals (<c>tens of thousands</c>).
/// </summary>
internal static class NumberParser
{
    public static bool TryParse(TokenView view, int i, bool moneyContext, out ParsedNumber number)
    {
        number = default;
        if (i >= view.Count)
        {
            return false;
        }

        var token = view.Tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            return TryParseDigits(view, i, moneyContext, out number);
        }

        return token.Kind == TokenKind.Word && (TryParseVague(view, i, out number) || TryParseWords(view, i, out number));
    }

    /// <summary>Parses the digits of a number token, ignoring thousands separators; very long digit strings saturate instead of failing.</summary>
    public static double ParseDigits(ReadOnlySpan<char> digits)
    {
        Span<char> buffer = digits.Length <= 128 ? stackalloc char[digits.Length] : new char[digits.Length];
        var length = 0;
        foreach (var c in digits)
        {
            if (c != ',')
            {
                buffer[length++] = c;
            }
        }

        return double.Parse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A power written with a caret or in scientific notation, glued together: <c>10^6</c>, <c>2^10</c>, <c>1e400</c>,
    /// <c>6.02E+23</c>. The value may be infinite: such a number is beyond anything a claim can state.
    /// </summary>
    public static bool TryParsePower(TokenView view, int i, out int last, out double value)
    {
        (last, value) = (i, 0);
        if (TryParseTimesTen(view, i, out last, out value))
        {
            return true;
        }

        if (!view.IsNumber(i) || !view.IsNumber(i + 2) && !view.IsNumber(i + 3))
        {
            return false;
        }

        var caret = view.IsSymbol(i + 1, '^');
        var scientific = view.Is(i + 1, "e");
        if (!(caret || scientific) || view.Tokens[i + 1].SpaceBefore)
        {
            return false;
        }

        var exponent = i + 2;
        var negative = false;
        if (view.IsSymbol(exponent, '+') || view.IsSymbol(exponent, '-') || view.IsDash(exponent))
        {
            negative = !view.IsSymbol(exponent, '+');
            exponent++;
            if (view.Tokens[exponent - 1].SpaceBefore)
            {
                return false;
            }
        }

        if (!view.IsNumber(exponent) || view.Tokens[exponent].SpaceBefore || view.Span(exponent).Contains(','))
        {
            return false;
        }

        var power = ParseDigits(view.Span(exponent)) * (negative ? -1 : 1);
        var @base = ParseDigits(view.Span(i));
        value = caret ? Math.Pow(@base, power) : @base * Math.Pow(10, power);
        last = exponent;
        return true;
    }

    /// <summary>
    /// Scientific notation written out: <c>1.99×10^30</c>, <c>1.99 × 10−30</c> (the superscript lost in copying), <c>6 x 10^23</c>.
    /// The exponent must be marked by a caret or a sign glued to the 10, or follow a true multiplication sign, so that
    /// <c>2 x 10 metres</c> stays a dimension.
    /// </summary>
    private static bool TryParseTimesTen(TokenView view, int i, out int last, out double value)
    {
        (last, value) = (i, 0);
        var times = i + 1;
        var multiplication = view.IsSymbol(times, '×');
        if (!view.IsNumber(i) || !(multiplication || view.Is(times, "x")) || !view.IsNumber(times + 1) || !view.Span(times + 1).SequenceEqual("10"))
        {
            return false;
        }

        var k = times + 2;
        var caret = view.IsSymbol(k, '^') && !view.Tokens[k].SpaceBefore;
        if (caret)
        {
            k++;
        }

        var negative = view.IsDash(k) || view.IsSymbol(k, '-');
        if ((negative || view.IsSymbol(k, '+')) && !view.Tokens[k].SpaceBefore)
        {
            k++;
        }
        else
        {
            negative = false;
        }

        if (!(caret || negative || multiplication) || !view.IsNumber(k) || view.Tokens[k].SpaceBefore || view.Tokens[k].Length > 3 || view.Span(k).ContainsAny(',', '.')
            || (!caret && !negative && k == times + 2))
        {
            return false; // "2 × 10" alone is a product, not a power
        }

        var power = ParseDigits(view.Span(k)) * (negative ? -1 : 1);
        value = ParseDigits(view.Span(i)) * Math.Pow(10, power);
        last = k;
        return true;
    }

    private static bool TryParseDigits(TokenView view, int i, bool moneyContext, out ParsedNumber number)
    {
        if (TryParsePower(view, i, out var powerLast, out var power))
        {
            number = new ParsedNumber(i, powerLast, power, null, null, NumberForm.FormattedDigits, false);
            return double.IsFinite(power); // "10^400" is beyond double range: not a figure anyone can check
        }

        var span = view.Span(i);
        var value = ParseDigits(span);
        if (!double.IsFinite(value))
        {
            number = default;
            return false; // beyond double range: not a figure anyone can check
        }

        var form = span.Contains(',') || span.Contains('.') ? NumberForm.FormattedDigits : NumberForm.Integer;
        var last = i;

        // "28 and a half", "2 and a half"
        if (view.Is(last + 1, "and") && (view.Is(last + 2, "a") || view.Is(last + 2, "one")) && view.Count > last + 3
            && view.TryGet(NumberWords.Fractions, last + 3, out var fraction) && fraction <= 0.5)
        {
            value += fraction;
            last += 3;
        }

        // "1/16", "1⁄32": a simple fraction; "24/7" and "10/12/2020" are not.
        if (form == NumberForm.Integer && last == i && (view.IsSymbol(last + 1, '/') || view.IsSymbol(last + 1, '⁄')) && view.IsNumber(last + 2)
            && !view.Tokens[last + 1].SpaceBefore && !view.Tokens[last + 2].SpaceBefore && !view.IsSymbol(last + 3, '/'))
        {
            var denominator = ParseDigits(view.Span(last + 2));
            if (denominator is >= 2 and <= 1000 && value < denominator && view.Tokens[last + 2].Length <= 4 && !view.Span(last + 2).Contains('.'))
            {
                number = new ParsedNumber(i, last + 2, value / denominator, null, null, NumberForm.Words, false);
                return true;
            }
        }

        var hasScale = false;
        if (LetterScale(view, last + 1, moneyContext) is { } suffixScale)
        {
            value *= suffixScale;
            last++;
            hasScale = true;
        }
        else
        {
            var lastScale = 1d;
            while (view.IsWord(last + 1) && view.TryGet(NumberWords.Scales, last + 1, out var scale))
            {
                value *= scale;
                lastScale = scale;
                last++;
                hasScale = true;
            }

            // "3 million and a half": half a million more.
            if (lastScale >= 1e3 && view.Is(last + 1, "and") && view.Is(last + 2, "a") && view.TryGet(NumberWords.Fractions, last + 3, out var more) && more <= 0.5)
            {
                value += more * lastScale;
                last += 3;
            }
        }

        number = new ParsedNumber(i, last, value, null, null, form, hasScale);
        return true;
    }

    /// <summary>
    /// The multiplier of a scale written as letters after the digits at <paramref name="k"/>, or null when the letters are
    /// something else. Glued to the digits (<c>$800m</c>, <c>13.6M</c>, <c>48m subscribers</c>) the unambiguous ones always
    /// scale, while <c>m</c> and <c>b</c> do so only where money is talked about or things are counted after them
    /// (<c>a 2.4m wall</c> is a length). Standing apart (<c>£3.1 m</c>, <c>7 B users</c>) a letter scales only in money or
    /// before things counted: <c>3 m tall</c> is a length. <c>mil</c> (<c>RM2.5mil</c>, <c>$12.7 mil</c>) is a million
    /// only in money: <c>5 mil</c> of plastic film is a thickness.
    /// </summary>
    private static double? LetterScale(TokenView view, int k, bool moneyContext)
    {
        if (!view.IsWord(k))
        {
            return null;
        }

        var text = view.Text(k);
        if (text == "mil")
        {
            return moneyContext ? 1e6 : null;
        }

        if (!view.TryGet(NumberWords.ScaleSuffixes, k, out var scale))
        {
            return null;
        }

        if (view.IsAttachedWord(k))
        {
            return moneyContext || IsUnambiguousSuffix(text) || (text is "m" or "b" && CountsAfter(view, k + 1)) ? scale : null;
        }

        // Apart, only a single letter or a short scale word reads as a scale; and never before a word glued to it.
        return text.Length <= 3 && (moneyContext || CountsAfter(view, k + 1)) ? scale : null;
    }

    /// <summary>
    /// Whether a plural noun or an acronym follows: <c>48m subscribers</c>, <c>1.48m TEU</c> and <c>1.8m barrels</c>
    /// count millions of things, while <c>a 2.4m wall</c> and <c>the 100m sprint</c> measure metres. A plural unit counts
    /// too: nobody writes a length in metres before another unit.
    /// </summary>
    private static bool CountsAfter(TokenView view, int k)
    {
        if (!view.IsWord(k) || !view.Tokens[k].SpaceBefore)
        {
            return false;
        }

        var word = view.Text(k);
        if (word.Length >= 2 && word.All(char.IsUpper))
        {
            return true;
        }

        return view.IsLowerWord(k) && (word is "people" or "users" || CountedNoun.LooksPlural(word));
    }

    /// <summary><c>m</c> is a metre and <c>b</c> a bit unless money is being talked about, or things are counted after it.</summary>
    private static bool IsUnambiguousSuffix(string suffix) => suffix is "bn" or "Bn" or "BN" or "mn" or "mln" or "bln" or "tn" or "trn" or "M" or "k" or "K";

    private static bool TryParseVague(TokenView view, int i, out ParsedNumber number)
    {
        number = default;
        if (!view.TryGet(NumberWords.VaguePlurals, i, out var low))
        {
            return false;
        }

        var last = i;

        // "tens of thousands", "hundreds of millions", "hundreds of thousands"
        if (view.Is(last + 1, "of") && view.IsWord(last + 2) && view.TryGet(NumberWords.VaguePlurals, last + 2, out var inner) && inner >= 1e3)
        {
            low *= inner;
            last += 2;
        }
        else if (view.IsWord(last + 1) && view.TryGet(NumberWords.Scales, last + 1, out var scale))
        {
            low *= scale; // "hundreds thousand" is rare, "dozens million" too; accept the written form
            last++;
        }

        // A vague plural is a quantity only when it quantifies something: "hundreds of miles", "thousands of people".
        if (!view.Is(last + 1, "of") && !(last > i))
        {
            return false;
        }

        number = new ParsedNumber(i, last, low, low, low * 10, NumberForm.Vague, false);
        return true;
    }

    private static bool TryParseWords(TokenView view, int i, out ParsedNumber number)
    {
        number = default;
        var first = i;
        var position = i;
        double total = 0, current = 0, lastScale = 1;
        var any = false;

        if (view.Is(position, "half"))
        {
            if (TryFractionOfScale(view, position + 1, 0.5, first, out number))
            {
                return true; // "half a million", "half a dozen"
            }

            // "half of the staff", "half the staff", "half its members": a fraction of a group named after it.
            if (view.Is(position + 1, "of") || view.Is(position + 1, "the") || view.Is(position + 1, "its") || view.Is(position + 1, "their"))
            {
                number = new ParsedNumber(first, position, 0.5, null, null, NumberForm.Words, false);
                return true;
            }
        }

        // "fourfold", "tenfold": a multiple written as one word (the recogniser reads its unit, times, from the same token).
        if (NumberWords.TryOneWordMultiple(view.Span(position), out var multiple))
        {
            number = new ParsedNumber(first, position, multiple, null, null, NumberForm.Words, false);
            return true;
        }

        // "a dozen", "a hundred", "a thousand", "a million", "a third", "a quarter", "a half"
        if (view.Is(position, "a") || view.Is(position, "an"))
        {
            if (!view.IsWord(position + 1))
            {
                return false;
            }

            var next = view.Text(position + 1);
            if (NumberWords.Scales.TryGetValue(next, out var scale) && scale >= 100)
            {
                current = scale;
                lastScale = scale;
                position += 2;
                any = true;
            }
            else if (next.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                current = 12;
                position += 2;
                any = true;
            }
            else if (NumberWords.Fractions.TryGetValue(next, out var fraction) && !IsPluralFraction(next)
                     && (TryFractionOfScale(view, position + 2, fraction, first, out number) || TryScaleAfterFraction(view, position + 2, fraction, first, out number)))
            {
                return true; // "a quarter of a million", "a half million"
            }
            else if (NumberWords.Fractions.TryGetValue(next, out fraction) && !IsPluralFraction(next) && view.Is(position + 2, "of"))
            {
                number = new ParsedNumber(first, position + 1, fraction, null, null, NumberForm.Words, false);
                return true;
            }
            else
            {
                return false;
            }
        }

        while (position < view.Count && view.IsWord(position))
        {
            var word = view.Text(position);
            if (NumberWords.Cardinals.TryGetValue(word, out var cardinal))
            {
                if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase) && any)
                {
                    current = Math.Max(current, 1) * 12; // "two dozen"
                    position++;
                    continue;
                }

                if (any && !CanFollow(total, current, cardinal))
                {
                    break; // "five six" is two numbers
                }

                current += cardinal;
                any = true;
                position++;

                // "twenty-first", "thirty fifth": an ordinal, a rank and not an amount.
                var ordinal = view.IsHyphenJoined(position) ? position + 1 : position;
                if (cardinal >= 20 && view.In(NumberWords.Ordinals, ordinal) && !view.IsHyphenJoined(ordinal + 1))
                {
                    return false;
                }

                // "twenty-two", "two-thirds"
                if (view.IsHyphenJoined(position) && view.IsWord(position + 1))
                {
                    var after = view.Text(position + 1);
                    if (NumberWords.Cardinals.TryGetValue(after, out var unit) && unit < 10 && cardinal >= 20)
                    {
                        current += unit;
                        position += 2;
                    }
                    else if (NumberWords.Fractions.TryGetValue(after, out var fraction) && cardinal < 10)
                    {
                        number = new ParsedNumber(first, position + 1, (total + current) * fraction, null, null, NumberForm.Words, false);
                        return true;
                    }
                }

                continue;
            }

            if (any && NumberWords.Scales.TryGetValue(word, out var scale) && !word.Equals("mn", StringComparison.OrdinalIgnoreCase))
            {
                if (scale == 100)
                {
                    current = Math.Max(current, 1) * 100;
                }
                else
                {
                    total += Math.Max(current, 1) * scale;
                    current = 0;
                }

                lastScale = scale;
                position++;
                continue;
            }

            // "two thirds", "three quarters" (plural fractions only after a cardinal)
            if (any && current is > 0 and < 10 && total == 0 && NumberWords.Fractions.TryGetValue(word, out var plainFraction) && IsPluralFraction(word))
            {
                if (TryFractionOfScale(view, position + 1, current * plainFraction, first, out number))
                {
                    return true; // "three quarters of a million"
                }

                number = new ParsedNumber(first, position, current * plainFraction, null, null, NumberForm.Words, false);
                return true;
            }

            // "one hundred and five"
            if (any && word.Equals("and", StringComparison.OrdinalIgnoreCase) && (total + current) >= 100 && view.IsWord(position + 1)
                && view.TryGet(NumberWords.Cardinals, position + 1, out _))
            {
                position++;
                continue;
            }

            // "two and a half"; after a scale, the fraction is of the scale, not of one.
            if (any && word.Equals("and", StringComparison.OrdinalIgnoreCase) && view.Is(position + 1, "a") && view.IsWord(position + 2)
                && view.TryGet(NumberWords.Fractions, position + 2, out var half) && half <= 0.5)
            {
                var endsInScale = view.TryGet(NumberWords.Scales, position - 1, out _);
                position += 3;
                var after = 0d;
                var scaleAfter = view.IsWord(position) && view.TryGet(NumberWords.Scales, position, out after) && after >= 1e3 && !view.Is(position, "mn");
                if (endsInScale)
                {
                    // "a million and a half" is half a million more; "a billion and a half million" half a million more.
                    current += half * (scaleAfter ? after : lastScale);
                    position += scaleAfter ? 1 : 0;
                }
                else if (scaleAfter)
                {
                    // "one and a half million": the scale after the fraction multiplies the whole.
                    total = (total + current + half) * after;
                    current = 0;
                    position++;
                }
                else
                {
                    current += half;
                }

                break;
            }

            break;
        }

        if (!any)
        {
            return false;
        }

        // Digits glued to a scale word are handled by TryParseDigits; here "three million" etc. are done.
        number = new ParsedNumber(first, position - 1, total + current, null, null, NumberForm.Words, total > 0 || current >= 100);
        return true;
    }

    /// <summary>
    /// A fraction of a scale: <c>half a million</c>, <c>a quarter of a million</c>, <c>three quarters of a billion</c>,
    /// <c>half a dozen</c>. <paramref name="at"/> is the token after the fraction word.
    /// </summary>
    private static bool TryFractionOfScale(TokenView view, int at, double fraction, int first, out ParsedNumber number)
    {
        number = default;
        var article = view.Is(at, "of") ? at + 1 : at;
        if (!view.Is(article, "a") && !view.Is(article, "an"))
        {
            return false;
        }

        return TryScaleAfterFraction(view, article + 1, fraction, first, out number);
    }

    /// <summary>The scale word of a fraction of a scale: <c>million</c> in <c>a half million</c> or <c>half a million</c>.</summary>
    private static bool TryScaleAfterFraction(TokenView view, int at, double fraction, int first, out ParsedNumber number)
    {
        number = default;
        if (view.Is(at, "dozen"))
        {
            number = new ParsedNumber(first, at, fraction * 12, null, null, NumberForm.Words, false);
            return true;
        }

        if (!view.IsWord(at) || !view.TryGet(NumberWords.Scales, at, out var scale) || scale < 100 || view.Is(at, "mn"))
        {
            return false;
        }

        number = new ParsedNumber(first, at, fraction * scale, null, null, NumberForm.Words, true);
        return true;
    }

    private static bool IsPluralFraction(string word) => word.EndsWith('s');

    /// <summary>Whether a cardinal continues the number so far: "hundred twenty", "twenty two", "thousand five".</summary>
    private static bool CanFollow(double total, double current, double cardinal) =>
        (current == 0 && total > 0)
        || (current > 0 && current % 100 == 0)
        || (current >= 20 && current % 10 == 0 && current % 100 != 0 && cardinal < 10);
}
