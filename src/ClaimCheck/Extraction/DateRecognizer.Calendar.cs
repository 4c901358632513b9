using System.Globalization;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Calendar dates as written, wherever they stand: with a month name (<c>10 May 2023</c>, <c>Mar. 4, 2019</c>,
/// <c>3rd of March 2020</c>, <c>September 2019</c>), in digits (<c>2023-05-10</c>, <c>23.01.2019</c>, <c>10.01.17</c>,
/// <c>14/01/2021</c>), with a weekday before them, and the time of day that datelines print after them.
/// Sentences and page datelines read dates through these methods, so a form learnt once is known to both.
/// </summary>
internal static partial class DateRecognizer
{
    // A two-digit year below this is in this century (10.01.17 is 2017), from it in the last (01.02.98 is 1998).
    private const int TwoDigitYearPivot = 50;

    private const int MaxHour = 24;
    private const int MaxMinute = 59;
    private const int MaxZoneLetters = 5;

    /// <summary>
    /// A full date (day, month and year) starting at token <paramref name="i"/>, with the weekday written before it
    /// (<c>Wednesday, 07 March 2018</c>). Digits separated by slashes or dashes are read both ways round unless the
    /// date itself decides: a part above 12, or the weekday printed with it. Dotted digits are day first, as in
    /// Europe, and may have a two-digit year.
    /// </summary>
    public static bool TryWrittenDate(TokenView view, int i, out WrittenDate date)
    {
        date = default;
        var start = i;
        DayOfWeek? weekday = null;
        if (view.StartsUpper(i) && CalendarWords.TryWeekday(view.Span(i), out var named))
        {
            weekday = named;
            i++;
            if (view.IsSymbol(i, '.') && !view.Tokens[i].SpaceBefore)
            {
                i++;
            }

            if (view.IsSymbol(i, ','))
            {
                i++;
            }
        }

        WrittenDate found;
        if (TryNumericDate(view, i, shortYear: true, out var numeric))
        {
            found = numeric;
        }
        else if (TryNamedDate(view, i, out var parts) && parts.Day is { } day && parts.Year is { } year && ToDate(year, parts.Month, day) is { } valid)
        {
            found = new WrittenDate(i, parts.Last, valid, null, null, DateOrder.Fixed);
        }
        else
        {
            return false;
        }

        // "Tuesday 07/02/2020": of the two readings, the one that falls on the printed weekday.
        if (weekday is { } printed && found.Order == DateOrder.Either)
        {
            var dayFirst = found.Date.DayOfWeek == printed;
            var monthFirst = found.MonthFirst!.Value.DayOfWeek == printed;
            if (dayFirst != monthFirst)
            {
                found = found with
                {
                    Date = dayFirst ? found.Date : found.MonthFirst.Value,
                    MonthFirst = null,
                    Order = dayFirst ? DateOrder.DayFirst : DateOrder.MonthFirst,
                };
            }
        }

        date = found with { First = start, Weekday = weekday };
        return true;
    }

    /// <summary>
    /// A time of day starting at token <paramref name="i"/>: <c>11:46</c>, <c>2:20 PM</c>, <c>10:05 a.m.</c>,
    /// <c>T08:15:00Z</c> (glued to an ISO date), with a zone after it (<c>BST</c>, <c>+01:00</c>, <c>(UTC+04:00)</c>).
    /// </summary>
    /// <param name="view">The tokens.</param>
    /// <param name="i">The first token of the time.</param>
    /// <param name="last">The last token of the time and its zone.</param>
    public static bool TryTimeOfDay(TokenView view, int i, out int last)
    {
        last = -1;
        if (view.Is(i, "T") && !view.Tokens[i].SpaceBefore && view.IsNumber(i + 1) && !view.Tokens[i + 1].SpaceBefore)
        {
            i++;
        }

        int k;
        var dotted = IsDottedTime(view, i);
        if (dotted)
        {
            k = i + 1;
        }
        else if (IsDigits(view, i, 1, 2, out var hour) && hour <= MaxHour && view.IsSymbol(i + 1, ':') && IsGlued(view, i + 1)
                 && IsDigits(view, i + 2, 2, 2, out var minute) && minute <= MaxMinute && IsGlued(view, i + 2))
        {
            k = i + 3;
            if (view.IsSymbol(k, ':') && IsGlued(view, k) && view.IsNumber(k + 1) && IsGlued(view, k + 1) && view.Span(k + 1) is [>= '0' and <= '5', >= '0' and <= '9', ..])
            {
                k += 2; // seconds, possibly with a fraction: "08:15:00", "10:00:00.000"
            }
        }
        else
        {
            return false;
        }

        var marked = true;
        if (view.Is(k, "am") || view.Is(k, "pm"))
        {
            k++;
        }
        else if ((view.Is(k, "a") || view.Is(k, "p")) && view.IsSymbol(k + 1, '.') && view.Is(k + 2, "m"))
        {
            k += view.IsSymbol(k + 3, '.') ? 4 : 3; // "a.m."
        }
        else
        {
            marked = false;
        }

        last = k - 1;
        if (TryZone(view, k, out var zoneLast))
        {
            last = zoneLast;
            marked = true;
        }

        // "10.45" alone could be any number; "10.45 GMT" and "10.45am" are times.
        return !dotted || marked;
    }

    /// <summary>A time written with a dot, as British pages do: <c>10.45</c> (one number token to the tokenizer).</summary>
    private static bool IsDottedTime(TokenView view, int i)
    {
        if (!view.IsNumber(i))
        {
            return false;
        }

        var span = view.Span(i);
        var dot = span.IndexOf('.');
        return dot is 1 or 2 && span.Length == dot + 3 && IsAllDigits(span[..dot]) && IsAllDigits(span[(dot + 1)..])
            && Parse(span[..dot]) <= MaxHour && Parse(span[(dot + 1)..]) <= MaxMinute;
    }

    /// <summary><c>Z</c>, <c>UTC</c>, <c>GMT+2</c>, <c>+01:00</c>, <c>(UTC+04:00)</c>, or a zone abbreviation in capitals (<c>BST</c>, <c>CET</c>).</summary>
    private static bool TryZone(TokenView view, int k, out int last)
    {
        last = -1;
        if (view.IsSymbol(k, '(') && TryZone(view, k + 1, out var inner) && view.IsSymbol(inner + 1, ')'))
        {
            last = inner + 1;
            return true;
        }

        if (view.Is(k, "Z") && !view.Tokens[k].SpaceBefore)
        {
            last = k;
            return true;
        }

        if (view.Is(k, "UTC") || view.Is(k, "GMT"))
        {
            last = TryOffset(view, k + 1, out var offsetLast) ? offsetLast : k;
            return true;
        }

        if (TryOffset(view, k, out var alone))
        {
            last = alone;
            return true;
        }

        var span = view.IsWord(k) ? view.Span(k) : default;
        if (span.Length is >= 2 and <= MaxZoneLetters && !span.ContainsAnyExceptInRange('A', 'Z'))
        {
            last = k;
            return true;
        }

        return false;
    }

    /// <summary>An offset from UTC: <c>+01:00</c>, <c>-0500</c>, <c>+4</c>.</summary>
    private static bool TryOffset(TokenView view, int k, out int last)
    {
        last = -1;
        if (!(view.IsSymbol(k, '+') || view.IsDash(k)) || !view.IsNumber(k + 1) || !IsGlued(view, k + 1) || !IsDigits(view, k + 1, 1, 4, out _))
        {
            return false;
        }

        last = k + 1;
        if (view.IsSymbol(k + 2, ':') && IsGlued(view, k + 2) && IsDigits(view, k + 3, 2, 2, out _) && IsGlued(view, k + 3))
        {
            last = k + 3;
        }

        return true;
    }

    /// <summary>
    /// A date in digits starting at token <paramref name="i"/>: year first (<c>2023-05-10</c>, <c>2023/05/10</c>,
    /// <c>2023.05.10</c>), dotted day first (<c>23.01.2019</c>), or slashed or dashed either way round
    /// (<c>14/01/2021</c>, <c>01-14-2021</c>). A two-digit year after a day and month of two digits each
    /// (<c>10.01.17</c>), or after any day and month when <paramref name="shortYear"/>, where a date is expected: in a
    /// sentence <c>4.4.2</c> is more likely a version.
    /// </summary>
    private static bool TryNumericDate(TokenView view, int i, bool shortYear, out WrittenDate date)
    {
        date = default;
        if (!view.IsNumber(i) || ContinuesDigits(view, i - 1, backwards: true))
        {
            return false; // the tail of a longer run: "1.10.01.17", "3/10/01/2017"
        }

        ReadOnlySpan<char> first, second, third;
        char separator;
        int last;
        var head = view.Span(i);
        var dot = head.IndexOf('.');
        if (dot > 0 && view.IsSymbol(i + 1, '.') && IsGlued(view, i + 1) && view.IsNumber(i + 2) && IsGlued(view, i + 2))
        {
            // The tokenizer reads "23.01" as one decimal number, then the dot and "2019".
            first = head[..dot];
            second = head[(dot + 1)..];
            third = view.Span(i + 2);
            separator = '.';
            last = i + 2;
        }
        else if ((view.IsSymbol(i + 1, '/') || view.IsSymbol(i + 1, '-')) && view.IsSymbol(i + 3, view.Span(i + 1)[0])
                 && view.IsNumber(i + 2) && view.IsNumber(i + 4)
                 && IsGlued(view, i + 1) && IsGlued(view, i + 2) && IsGlued(view, i + 3) && IsGlued(view, i + 4))
        {
            first = head;
            second = view.Span(i + 2);
            third = view.Span(i + 4);
            separator = view.Span(i + 1)[0];
            last = i + 4;
        }
        else
        {
            return false;
        }

        if (!IsAllDigits(first) || !IsAllDigits(second) || !IsAllDigits(third) || ContinuesDigits(view, last + 1, backwards: false))
        {
            return false; // more parts follow: a version number or an address, not a date
        }

        var (a, b, c) = (Parse(first), Parse(second), Parse(third));
        if (first.Length == 4 && second.Length <= 2 && third.Length <= 2)
        {
            return Take(ToDate(a, b, c), null, DateOrder.Fixed, i, last, out date);
        }

        // "10.01.17" is a date anywhere; "4.4.2" only where a date is expected.
        var shortYearFits = third.Length == 2 && (shortYear || (first.Length == 2 && second.Length == 2));
        if (first.Length > 2 || second.Length > 2 || !(third.Length == 4 || shortYearFits))
        {
            return false;
        }

        var year = third.Length == 4 ? c : c < TwoDigitYearPivot ? 2000 + c : 1900 + c;
        if (separator == '.')
        {
            return Take(ToDate(year, b, a), null, DateOrder.DayFirstByConvention, i, last, out date);
        }

        var dayFirst = ToDate(year, b, a);
        var monthFirst = ToDate(year, a, b);
        return (dayFirst, monthFirst) switch
        {
            ({ } d, { } m) when d == m => Take(d, null, DateOrder.Fixed, i, last, out date),
            ({ } d, { } m) => Take(d, m, DateOrder.Either, i, last, out date),
            ({ } d, null) => Take(d, null, DateOrder.DayFirst, i, last, out date),
            _ => Take(monthFirst, null, DateOrder.MonthFirst, i, last, out date),
        };
    }

    private static bool Take(DateOnly? reading, DateOnly? monthFirst, DateOrder order, int first, int last, out WrittenDate date)
    {
        date = reading is { } valid ? new WrittenDate(first, last, valid, monthFirst, null, order) : default;
        return reading is not null;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> carries a run of digits on past a date's edge: a number glued to it, or a
    /// dot, slash or dash glued between it and another number.
    /// </summary>
    private static bool ContinuesDigits(TokenView view, int k, bool backwards)
    {
        if (k < 0 || k >= view.Count || !IsGlued(view, backwards ? k + 1 : k))
        {
            return false;
        }

        if (view.IsNumber(k))
        {
            return true;
        }

        var beyond = backwards ? k - 1 : k + 1;
        return (view.IsSymbol(k, '.') || view.IsSymbol(k, '/') || view.IsDash(k)) && view.IsNumber(beyond)
            && IsGlued(view, backwards ? k : beyond);
    }

    private static bool IsGlued(TokenView view, int k) => k < view.Count && !view.Tokens[k].SpaceBefore;

    private static bool IsAllDigits(ReadOnlySpan<char> span) => span.Length > 0 && !span.ContainsAnyExceptInRange('0', '9');

    private static int Parse(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Whether token <paramref name="k"/> is <paramref name="min"/> to <paramref name="max"/> plain digits.</summary>
    private static bool IsDigits(TokenView view, int k, int min, int max, out int value)
    {
        value = 0;
        if (!view.IsNumber(k))
        {
            return false;
        }

        var span = view.Span(k);
        if (span.Length < min || span.Length > max || !IsAllDigits(span))
        {
            return false;
        }

        value = Parse(span);
        return true;
    }

    /// <summary>The date, when the year is in the range news text writes about and the day exists in that month.</summary>
    private static DateOnly? ToDate(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>A date with a month name, as parts: the day or the year may be missing (<c>20 February</c>, <c>September 2019</c>).</summary>
    /// <param name="First">First token.</param>
    /// <param name="Last">Last token.</param>
    /// <param name="Month">Month number.</param>
    /// <param name="Day">Day of the month as written (not checked against the month), or null.</param>
    /// <param name="Year">Year, or null.</param>
    private readonly record struct NamedDate(int First, int Last, int Month, int? Day, int? Year);

    private static bool TryNamedDate(TokenView view, int i, out NamedDate date) =>
        TryDayMonthParts(view, i, out date) || TryMonthFirstParts(view, i, out date);

    /// <summary><c>10 May, 2023</c>, <c>8 November 2020</c>, <c>3rd of March 2020</c>, <c>12-Jan-2017</c>, <c>20 February</c>.</summary>
    private static bool TryDayMonthParts(TokenView view, int i, out NamedDate date)
    {
        date = default;
        if (!view.IsNumber(i) || !TryDayNumber(view, i, out var day))
        {
            return false;
        }

        var m = i + 1;
        if (view.IsAttachedWord(m) && view.Text(m) is "st" or "nd" or "rd" or "th")
        {
            m++;
        }

        if (view.Is(m, "of"))
        {
            m++;
        }

        // "12-Jan-2017", "12/Jan/2017": the parts joined by a dash or slash.
        var joiner = (view.IsSymbol(m, '-') || view.IsSymbol(m, '/')) && IsGlued(view, m) && IsGlued(view, m + 1) ? view.Span(m)[0] : '\0';
        m += joiner == '\0' ? 0 : 1;
        if (!TryMonth(view, m, out var month))
        {
            return false;
        }

        var last = m + (view.IsSymbol(m + 1, '.') && !view.Tokens[m + 1].SpaceBefore ? 1 : 0);
        var y = joiner == '\0' ? last + 1 + (view.IsSymbol(last + 1, ',') ? 1 : 0)
            : view.IsSymbol(last + 1, joiner) && IsGlued(view, last + 1) && IsGlued(view, last + 2) ? last + 2 : -1;
        date = TryYearNumber(view, y, out var year) ? new NamedDate(i, y, month, day, year) : new NamedDate(i, last, month, day, null);
        return true;
    }

    /// <summary><c>May 10, 2023</c>, <c>Feb. 21</c>, <c>September 2019</c>, <c>July 4th</c>.</summary>
    private static bool TryMonthFirstParts(TokenView view, int i, out NamedDate date)
    {
        date = default;
        if (!TryMonth(view, i, out var month))
        {
            return false;
        }

        var n = i + 1;
        if (view.IsSymbol(n, '.') && !view.Tokens[n].SpaceBefore)
        {
            n++;
        }

        if (view.IsSymbol(n, ','))
        {
            n++; // "September, 2019"
        }

        if (TryYearNumber(view, n, out var onlyYear))
        {
            date = new NamedDate(i, n, month, null, onlyYear);
            return true;
        }

        if (!view.IsNumber(n) || !TryDayNumber(view, n, out var day))
        {
            return false;
        }

        var last = n;
        if (view.IsAttachedWord(last + 1) && view.Text(last + 1) is "st" or "nd" or "rd" or "th")
        {
            last++;
        }

        var y = last + 1 + (view.IsSymbol(last + 1, ',') ? 1 : 0);
        date = TryYearNumber(view, y, out var year) ? new NamedDate(i, y, month, day, year) : new NamedDate(i, last, month, day, null);
        return true;
    }

    /// <summary>A month name or abbreviation with a capital: "may" and "march" are also words.</summary>
    private static bool TryMonth(TokenView view, int i, out int month)
    {
        month = 0;
        return view.StartsUpper(i) && CalendarWords.TryMonth(view.Span(i), out month);
    }

    private static bool TryDayNumber(TokenView view, int i, out int day)
    {
        day = 0;
        var span = view.Span(i);
        if (span.Length > 2 || !int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out day))
        {
            return false;
        }

        return day is >= 1 and <= 31;
    }

    private static bool TryYearNumber(TokenView view, int i, out int year)
    {
        year = 0;
        if (!view.IsNumber(i) || view.Tokens[i].Length != 4)
        {
            return false;
        }

        return int.TryParse(view.Span(i), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= MinYear and <= MaxYear;
    }
}
