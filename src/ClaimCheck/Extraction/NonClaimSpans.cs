namespace ClaimCheck.Extraction;

/// <summary>
/// Marks tokens that hold digits but no quantity, so the recognisers never look at them: web
/// addresses, e-mail addresses, handles and hashtags, file names, times of day, ordinals, phone numbers, page counters,
/// reading times and page numbers, list item numbers, versions, powers too large for any figure (<c>10^400</c>), citations
/// and labels of figures, tables and equations, and exponents written flat in units (<c>W m−2</c>).
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

            // Exponents written flat in scientific prose: the "2" of "W m−2" is part of the unit, not a figure.
            if (Units.IsExponent(view, i))
            {
                taken[i - 1] = taken[i] = true;
                continue;
            }

            // Citations and the labels papers point to: "[12,17]", "et al. (8)", "Figs. 3 and 4", "Eq. (4)".
            var referenceEnd = Math.Max(CitationEnd(view, i), ReferenceLabelEnd(view, i));
            if (referenceEnd >= i)
            {
                Array.Fill(taken, true, i, referenceEnd - i + 1);
                i = referenceEnd;
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

            // Page furniture inside a sentence: "Comments (14)", "Views: 2,318", "5 min read", "Page 1 of 2".
            var furnitureEnd = PageFurnitureEnd(view, i);
            if (furnitureEnd >= i)
            {
                Array.Fill(taken, true, i, furnitureEnd - i + 1);
                i = furnitureEnd;
                continue;
            }

            // "1. Airlines now operate ...", "Notes to editors:\n1. ...": the number of a list item.
            if (ListMarkers.IsMarker(view, i))
            {
                taken[i] = true;
                continue;
            }

            // "the 17.2 update", "the 3.1 release": a decimal before the thing it versions.
            if (view.Span(i).Contains('.') && view.In(Lexicon.VersionNouns, i + 1))
            {
                taken[i] = true;
                continue;
            }

            // A date written with slashes: "12/03/2021"; the date recogniser reads it, and no part of it is a count.
            if (IsSlashed(view, i, 2))
            {
                Array.Fill(taken, true, i, 5);
                i += 4;
                continue;
            }

            // Versions and other dotted identifiers: "4.2.1", "192.168.0.1" (and "10.01.17" as some datelines write it).
            if (view.IsSymbol(i + 1, '.') && view.IsNumber(i + 2) && !view.Tokens[i + 1].SpaceBefore && !view.Tokens[i + 2].SpaceBefore)
            {
                var last = i + 2;
                while (view.IsSymbol(last + 1, '.') && view.IsNumber(last + 2) && !view.Tokens[last + 1].SpaceBefore && !view.Tokens[last + 2].SpaceBefore)
                {
                    last += 2;
                }

                Array.Fill(taken, true, i, last - i + 1);
                i = last;
                continue;
            }

            // Phone numbers: "+994 12 555 12 34", "(012) 555-1234", "555-1234", "0161 496 0734", "call 911".
            var phoneEnd = PhoneNumbers.End(view, i);
            if (phoneEnd >= i)
            {
                Array.Fill(taken, true, i, phoneEnd - i + 1);
                i = phoneEnd;
            }
        }
    }

    /// <summary>
    /// The last token of a page counter, reading time or page number starting at number <paramref name="i"/>, or -1:
    /// <c>Views: 2,318</c>, <c>Comments (14)</c>, <c>Replies (1.2k)</c>, <c>5 min read</c>, <c>a 12-minute read</c>, <c>Page 3 of 7</c>.
    /// </summary>
    private static int PageFurnitureEnd(TokenView view, int i)
    {
        // A counter word, then a colon or an opening bracket: "Views: 2,318", "Comments (14)". A figure goes on to say what
        // it measures ("Shares: 5% higher"), a counter does not.
        var counter = view.IsSymbol(i - 1, ':') || view.IsSymbol(i - 1, '(') ? i - 2 : -1;
        if (counter >= 0 && view.In(Lexicon.PageCounters, counter))
        {
            var last = view.IsAttachedWord(i + 1) && view.TryGet(NumberWords.ScaleSuffixes, i + 1, out _) ? i + 1 : i;
            last = view.IsSymbol(last + 1, ')') ? last + 1 : last;
            if (!view.IsLowerWord(last + 1) && !view.IsNumber(last + 1) && !view.IsSymbol(last + 1, '%'))
            {
                return last;
            }
        }

        // A reading time: "5 min read", "a 12-minute read".
        var minute = view.IsHyphenJoined(i + 1) ? i + 2 : i + 1;
        if ((view.Is(minute, "min") || view.Is(minute, "mins") || view.Is(minute, "minute") || view.Is(minute, "minutes")) && view.Is(minute + 1, "read"))
        {
            return minute + 1;
        }

        // "Page 3 of 7", "Part 2 of 3": the label's number is a position and so is the total it is out of.
        if (view.In(Lexicon.Labels, i - 1) && view.Is(i + 1, "of") && IsPlainDigits(view, i + 2))
        {
            return i + 2;
        }

        // "1 of 12 photos": a gallery's position, the counted word after the total.
        if (IsPlainDigits(view, i) && view.Is(i + 1, "of") && IsPlainDigits(view, i + 2) && view.In(Lexicon.PageCounters, i + 3))
        {
            return i + 3;
        }

        // "Radio Fallow 102.6 FM": a station's frequency names it.
        if (view.IsWord(i + 1) && view.Span(i + 1) is "FM" or "AM" && view.StartsUpper(i - 1))
        {
            return i + 1;
        }

        return -1;
    }

    /// <summary>
    /// The closing bracket of a citation whose first number is <paramref name="i"/>, or -1: numbers of at most three digits,
    /// joined by commas and dashes, in square brackets (<c>[3]</c>, <c>[12,17]</c>, <c>[4–6]</c>), or in parentheses when
    /// there are several (<c>(3, 9)</c>), when they follow <c>et al.</c> or when one closes the sentence after a word
    /// (<c>found similar effects (8).</c>). A lone bracketed figure inside a sentence (<c>the park (3) was</c>) still counts.
    /// </summary>
    private static int CitationEnd(TokenView view, int i)
    {
        var square = view.IsSymbol(i - 1, '[');
        if (!square && !view.IsSymbol(i - 1, '('))
        {
            return -1;
        }

        var numbers = 0;
        var k = i;
        while (IsPlainDigits(view, k) && view.Tokens[k].Length <= 3)
        {
            numbers++;
            if (view.IsSymbol(k + 1, ',') || view.IsDash(k + 1))
            {
                k += 2;
                continue;
            }

            if (!view.IsSymbol(k + 1, square ? ']' : ')'))
            {
                return -1;
            }

            var close = k + 1;
            if (square || numbers > 1)
            {
                return close;
            }

            var afterEtAl = view.IsSymbol(i - 2, '.') && view.Is(i - 3, "al") && view.Is(i - 4, "et");
            var endsSentence = view.IsWord(i - 2) && (close + 1 == view.Count || (view.IsSymbol(close + 1, '.') && close + 2 == view.Count));
            return afterEtAl || endsSentence ? close : -1;
        }

        return -1;
    }

    /// <summary>
    /// The last token of a list of labelled parts of a paper whose first number is <paramref name="i"/>, or -1:
    /// <c>Figure 3</c>, <c>Fig. 2b</c>, <c>Eq. (4)</c>, <c>Figs. 3 and 4</c>, <c>Tables 2–4</c>, <c>Equations (5) and (6)</c>.
    /// The label is capitalised, abbreviated with a full stop or followed by a bracketed number, as papers write it.
    /// </summary>
    private static int ReferenceLabelEnd(TokenView view, int i)
    {
        var label = view.IsSymbol(i - 1, '(') ? i - 2 : i - 1;
        var abbreviated = view.IsSymbol(label, '.');
        label = abbreviated ? label - 1 : label;
        if (!view.In(Lexicon.ReferenceLabels, label) || !(abbreviated || view.StartsUpper(label) || view.IsSymbol(i - 1, '(')))
        {
            return -1;
        }

        var last = LabelledNumberEnd(view, i);
        while (last > 0)
        {
            var next = view.IsSymbol(last + 1, ',') || view.IsDash(last + 1) || view.Is(last + 1, "and") || view.Is(last + 1, "to") ? last + 2 : -1;
            next = view.IsSymbol(next, '(') ? next + 1 : next;
            var end = next > 0 && IsPlainDigits(view, next) ? LabelledNumberEnd(view, next) : -1;
            if (end < 0)
            {
                break;
            }

            last = end;
        }

        return last;
    }

    /// <summary>The last token of a labelled number at <paramref name="k"/>: its glued letter (<c>2b</c>) and closing bracket.</summary>
    private static int LabelledNumberEnd(TokenView view, int k)
    {
        if (!IsPlainDigits(view, k))
        {
            return -1;
        }

        var last = view.IsAttachedWord(k + 1) && view.Tokens[k + 1].Length == 1 ? k + 1 : k;
        return view.IsSymbol(last + 1, ')') && view.IsSymbol(k - 1, '(') ? last + 1 : last;
    }

    /// <summary>Whether <paramref name="count"/> slashes join plain numbers from token <paramref name="i"/>, all glued: <c>12/03/2021</c>.</summary>
    private static bool IsSlashed(TokenView view, int i, int count)
    {
        for (var k = 0; k < count; k++)
        {
            var slash = i + (2 * k) + 1;
            if (!view.IsSymbol(slash, '/') || !IsPlainDigits(view, slash + 1) || view.Tokens[slash].SpaceBefore || view.Tokens[slash + 1].SpaceBefore)
            {
                return false;
            }
        }

        return IsPlainDigits(view, i);
    }

    /// <summary>
    /// Whether token <paramref name="i"/> lies in a web or mail address, handle, hashtag or file name (<c>harbour_2019-05-12.jpg</c>):
    /// a date read there dates nothing.
    /// </summary>
    public static bool InAddress(TokenView view, int i)
    {
        var first = i;
        while (first > 0 && !view.Tokens[first].SpaceBefore)
        {
            first--;
        }

        var last = i;
        while (last + 1 < view.Count && !view.Tokens[last + 1].SpaceBefore)
        {
            last++;
        }

        return IsAddressLike(view, first, last);
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

    /// <summary>A number token of digits only: no separators, decimals or sign.</summary>
    internal static bool IsPlainDigits(TokenView view, int i)
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
