namespace ClaimCheck.Extraction;

/// <summary>
/// Telephone numbers and text short codes in the shapes news pages print them: <c>0161 496 0734</c>,
/// <c>(555) 019-8834</c>, <c>+44 (0)20 7946 0211</c>, <c>call 911</c>, <c>text GIVE to 70070</c>. They hold digits but count nothing.
/// </summary>
internal static class PhoneNumbers
{
    /// <summary>The last token of a telephone number or text short code starting at token <paramref name="i"/>, or -1.</summary>
    public static int End(TokenView view, int i)
    {
        if (!NonClaimSpans.IsPlainDigits(view, i))
        {
            return -1;
        }

        // "555-1234": three digits, hyphen, four digits.
        if (view.Tokens[i].Length == 3 && view.IsHyphenJoined(i + 1) && view.IsNumber(i + 2) && view.Tokens[i + 2].Length == 4 && NonClaimSpans.IsPlainDigits(view, i + 2))
        {
            return i + 2;
        }

        var last = DigitGroups(view, i, out var groups, out var digits);

        // "+994 12 555 12 34", "+44 (0)20 7946 0211": a plus sign and several more digit groups.
        if (view.IsSymbol(i - 1, '+') && !view.Tokens[i].SpaceBefore)
        {
            return groups >= 3 || (groups >= 2 && digits >= 8) ? last : -1;
        }

        // "(555) 019-8834", "(0113) 496 0211": an area code in brackets and the number after it.
        if (view.IsSymbol(i - 1, '(') && view.IsSymbol(i + 1, ')') && view.Tokens[i].Length is >= 2 and <= 5 && NonClaimSpans.IsPlainDigits(view, i + 2))
        {
            var after = DigitGroups(view, i + 2, out var restGroups, out var rest);
            return restGroups >= 2 && digits + rest >= 7 ? after : -1; // not "(2019) 300 people"
        }

        // "0161 496 0734", "0800 123 4567", "0808-157-0192": no count is written with a leading zero; the trunk
        // prefix of a national number is, and the groups after it belong to it.
        if (view.Tokens[i].Length >= 2 && view.Span(i)[0] == '0')
        {
            return last;
        }

        // "call 911", "dial 999", "Tel: 496 0211", "text GIVE to 70070": a number after a telephone word, unless it
        // counts what follows it ("call 300 customers", "phone 5 cm away").
        return AfterPhoneWord(view, i) && (groups >= 2 || !CountsWhatFollows(view, last + 1)) ? last : -1;
    }

    /// <summary>
    /// The last of the digit groups of one number written in groups from token <paramref name="i"/>: separated by spaces or
    /// glued hyphens, with a bracketed group (<c>(0)20</c>); each group at most five digits.
    /// </summary>
    private static int DigitGroups(TokenView view, int i, out int groups, out int digits)
    {
        const int MaxGroup = 6; // "07700 900123"
        var last = i;
        groups = 1;
        digits = view.Tokens[i].Length;
        while (true)
        {
            var k = last + 1;
            int next;
            if (view.IsSymbol(k, '(') && NonClaimSpans.IsPlainDigits(view, k + 1) && view.IsSymbol(k + 2, ')') && NonClaimSpans.IsPlainDigits(view, k + 3)
                && !view.Tokens[k + 1].SpaceBefore && !view.Tokens[k + 2].SpaceBefore)
            {
                digits += view.Tokens[k + 1].Length;
                groups++;
                next = k + 3; // "(0)20", "+1 (555) 012-3456"
            }
            else if (view.IsHyphenJoined(k) && NonClaimSpans.IsPlainDigits(view, k + 1))
            {
                next = k + 1;
            }
            else if (NonClaimSpans.IsPlainDigits(view, k) && view.Tokens[k].SpaceBefore)
            {
                next = k;
            }
            else
            {
                return last;
            }

            if (view.Tokens[next].Length > MaxGroup)
            {
                return last;
            }

            digits += view.Tokens[next].Length;
            groups++;
            last = next;
        }
    }

    /// <summary>
    /// <c>call 911</c>, <c>ring us on 112</c>, <c>Tel: 496 0211</c>, <c>Tel. 496 0211</c>, and a short code: <c>text GIVE to 70070</c>,
    /// <c>text the word HELP to 61144</c>.
    /// </summary>
    private static bool AfterPhoneWord(TokenView view, int i)
    {
        var k = i - 1;
        if (view.Is(k, "on") || view.Is(k, "at") || view.IsSymbol(k, ':') || view.IsSymbol(k, '.'))
        {
            k--;
        }

        if (view.Is(k, "us") || view.Is(k, "them"))
        {
            k--;
        }

        if (view.In(Lexicon.PhoneWords, k))
        {
            return true;
        }

        // A short code: the keyword in capitals, perhaps in quotes, then "to" and the number, a few words after "text".
        if (!view.Is(i - 1, "to"))
        {
            return false;
        }

        var keyword = false;
        for (k = i - 2; k >= Math.Max(0, i - 7); k--)
        {
            if (keyword && view.In(Lexicon.PhoneWords, k))
            {
                return true; // "SMS HELP to", "Text STOP to"
            }
            else if (IsCapitalsWord(view, k))
            {
                keyword = true;
            }
            else if (!IsQuote(view, k) && !(keyword && view.IsLowerWord(k)))
            {
                return false; // "text the word HELP to": lower-case words only before the keyword
            }
        }

        return false;
    }

    private static bool IsQuote(TokenView view, int i) =>
        view.IsSymbol(i, '\'') || view.IsSymbol(i, '"') || view.IsSymbol(i, '‘') || view.IsSymbol(i, '’') || view.IsSymbol(i, '“') || view.IsSymbol(i, '”');

    private static bool IsCapitalsWord(TokenView view, int i)
    {
        if (!view.IsWord(i) || view.Tokens[i].Length < 2)
        {
            return false;
        }

        foreach (var c in view.Span(i))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the words after a number are what it counts: a unit, or a noun phrase with a plural head (<c>300 more customers</c>).</summary>
    private static bool CountsWhatFollows(TokenView view, int next)
    {
        if (Units.Find(view, next) is not null)
        {
            return true;
        }

        var start = view.Is(next, "more") || view.Is(next, "other") ? next + 1 : next;
        return view.IsLowerWord(start) && CountedNoun.TryFind(view, start, singular: false, out var counted) && CountedNoun.LooksPlural(view.Text(counted.Last));
    }
}
