namespace ClaimCheck.Extraction;

/// <summary>
/// Marks tokens that hold digits but no quantity, so the recognisers never look at them: web
/// addresses, e-mail addresses, handles and hashtags, file names, times of day, ordinals, phone numbers and powers
/// too large for any figure (<c>10^400</c>).
/// </summary>
internal static class NonClaimSpans
{
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
        "htm", "html", "php", "asp", "aspx", "mp3", "mp4", "mov", "avi", "zip", "rar", "txt", "csv", "json", "xml",
    };

    private static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase) { "st", "nd", "rd", "th" };

    private static readonly HashSet<string> Meridiem = new(StringComparer.OrdinalIgnoreCase) { "am", "pm", "gmt", "utc", "est", "edt", "cet", "bst", "pst", "pdt", "hrs" };

    public static void Mark(TokenView view, bool[] taken)
    {
        var chunkStart = 0;
        for (var i = 0; i <= view.Count; i++)
        {
            if (i == view.Count || (i > chunkStart && view.Tokens[i].SpaceBefore))
            {
                if (IsAddressLike(view, chunkStart, i - 1))
                {
                    Array.Fill(taken, true, chunkStart, i - chunkStart);
                }

                chunkStart = i;
            }
        }

        for (var i = 0; i < view.Count; i++)
        {
            if (!view.IsNumber(i))
            {
                continue;
            }

            // Powers beyond any figure: "10^400", "1e400"; the exponent is not a figure of its own.
            if (NumberParser.TryParsePower(view, i, out var powerLast, out var power) && !double.IsFinite(power))
            {
                Array.Fill(taken, true, i, powerLast - i + 1);
                i = powerLast;
                continue;
            }

            // Ordinals: "4th", "21st".
            if (view.IsAttachedWord(i + 1) && Ordinals.Contains(view.Text(i + 1)))
            {
                taken[i] = taken[i + 1] = true;
                continue;
            }

            // Times of day: "10:00", "10:27 PM", "5am", "10.45pm", "2 p.m.".
            if (view.IsSymbol(i + 1, ':') && view.IsNumber(i + 2) && !view.Tokens[i + 1].SpaceBefore && !view.Tokens[i + 2].SpaceBefore && view.Tokens[i + 2].Length == 2)
            {
                var last = i + 2;
                while (view.IsSymbol(last + 1, ':') && view.IsNumber(last + 2))
                {
                    last += 2;
                }

                if (view.IsWord(last + 1) && Meridiem.Contains(view.Text(last + 1)))
                {
                    last++;
                }

                Array.Fill(taken, true, i, last - i + 1);
                i = last;
                continue;
            }

            if (view.IsWord(i + 1) && Meridiem.Contains(view.Text(i + 1)) && !view.Is(i + 1, "hrs"))
            {
                taken[i] = taken[i + 1] = true;
                continue;
            }

            if (view.Is(i + 1, "a") && view.IsSymbol(i + 2, '.') && view.Is(i + 3, "m") || view.Is(i + 1, "p") && view.IsSymbol(i + 2, '.') && view.Is(i + 3, "m"))
            {
                Array.Fill(taken, true, i, Math.Min(5, view.Count - i));
                continue;
            }

            // Phone numbers: "+994 12 555 12 34", "(012) 555-1234", "555-1234", "01632 960 418", "call 911".
            var phoneEnd = PhoneEnd(view, i);
            if (phoneEnd >= i)
            {
                Array.Fill(taken, true, i, phoneEnd - i + 1);
                i = phoneEnd;
            }
        }
    }

    /// <summary>Web and mail addresses, handles, hashtags and file names: <c>www.x.az</c>, <c>@Noend33</c>, <c>193-1.JPG</c>.</summary>
    private static bool IsAddressLike(TokenView view, int first, int last)
    {
        if (last < first)
        {
            return false;
        }

        if (view.IsSymbol(first, '@') || (view.IsSymbol(first, '#') && view.IsWord(first + 1) && first + 1 <= last))
        {
            return true;
        }

        var hasDigit = false;
        for (var k = first; k <= last; k++)
        {
            hasDigit |= view.IsNumber(k);
            if (view.IsSymbol(k, '@') && k > first && k < last)
            {
                return true;
            }

            if (view.IsSymbol(k, ':') && view.IsSymbol(k + 1, '/'))
            {
                return true;
            }

            if (view.Is(k, "www") && view.IsSymbol(k + 1, '.'))
            {
                return true;
            }
        }

        // "193-1.JPG", "report_2019.pdf"
        return hasDigit && last - first >= 2 && view.IsWord(last) && view.IsSymbol(last - 1, '.') && FileExtensions.Contains(view.Text(last));
    }

    /// <summary>The last token of a telephone number or text short code starting at token <paramref name="i"/>, or -1.</summary>
    private static int PhoneEnd(TokenView view, int i)
    {
        if (!IsPlainDigits(view, i))
        {
            return -1;
        }

        // "555-1234": three digits, hyphen, four digits.
        if (view.Tokens[i].Length == 3 && view.IsHyphenJoined(i + 1) && view.IsNumber(i + 2) && view.Tokens[i + 2].Length == 4 && IsPlainDigits(view, i + 2))
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
        if (view.IsSymbol(i - 1, '(') && view.IsSymbol(i + 1, ')') && view.Tokens[i].Length is >= 2 and <= 5 && IsPlainDigits(view, i + 2))
        {
            var after = DigitGroups(view, i + 2, out var restGroups, out var rest);
            return restGroups >= 2 && digits + rest >= 7 ? after : -1; // not "(2019) 300 people"
        }

        // "01632 960 418", "0800 123 4567", "0808-157-0192": no count is written with a leading zero; the trunk
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
        const int MaxGroup = 5;
        var last = i;
        groups = 1;
        digits = view.Tokens[i].Length;
        while (true)
        {
            var k = last + 1;
            int next;
            if (view.IsSymbol(k, '(') && IsPlainDigits(view, k + 1) && view.IsSymbol(k + 2, ')') && IsPlainDigits(view, k + 3)
                && !view.Tokens[k + 1].SpaceBefore && !view.Tokens[k + 2].SpaceBefore && !view.Tokens[k + 3].SpaceBefore)
            {
                digits += view.Tokens[k + 1].Length;
                groups++;
                next = k + 3; // "(0)20"
            }
            else if (view.IsHyphenJoined(k) && IsPlainDigits(view, k + 1))
            {
                next = k + 1;
            }
            else if (IsPlainDigits(view, k) && view.Tokens[k].SpaceBefore)
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

        // A short code: the keyword in capitals, then "to" and the number, a few words after "text".
        if (!view.Is(i - 1, "to") || !IsCapitalsWord(view, i - 2))
        {
            return false;
        }

        for (k = i - 3; k >= Math.Max(0, i - 6); k--)
        {
            if (view.In(Lexicon.PhoneWords, k))
            {
                return true;
            }
        }

        return false;
    }

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

    private static bool IsPlainDigits(TokenView view, int i)
    {
        if (!view.IsNumber(i))
        {
            return false;
        }

        foreach (var c in view.Span(i))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
