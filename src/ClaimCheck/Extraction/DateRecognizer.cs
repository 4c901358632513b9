using System.Globalization;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Finds dates, years, periods and relative time expressions in a sentence: <c>10 May 2023</c>,
/// <c>May 10, 2023</c>, <c>in 2019</c>, <c>2024–2025</c>, <c>the first half of 2018</c>,
/// <c>by the end of 2015</c>, <c>since early 2019</c>, <c>last year</c>, <c>three years ago</c>.
/// Relative expressions resolve against the publication date. Calendar dates are read by the methods in
/// <c>DateRecognizer.Calendar.cs</c>, which page datelines use too.
/// </summary>
internal static partial class DateRecognizer
{
    private const int MinYear = 1800;
    private const int MaxYear = 2199;

    public static List<DateMention> Find(TokenView view, DateOnly? published)
    {
        var mentions = new List<DateMention>();
        var i = 0;
        while (i < view.Count)
        {
            var mention = TryAt(view, i, published);
            if (mention is null)
            {
                i++;
                continue;
            }

            mention = Widen(view, mention, published);
            mentions.Add(mention);
            i = mention.Last + 1;
        }

        return TakeYearsFromTheSentence(mentions);
    }

    /// <summary>
    /// "on September 27, 2020 and after 44 days was ended on November 8": a month and day without a year
    /// belong to the year of the nearest preceding full date of the sentence.
    /// </summary>
    private static List<DateMention> TakeYearsFromTheSentence(List<DateMention> mentions)
    {
        for (var k = 1; k < mentions.Count; k++)
        {
            if (mentions[k].Month is not { } md)
            {
                continue;
            }

            var anchor = mentions.Take(k).LastOrDefault(m => m.IsClaim && m.Month is null && m.Period is { } p && p.Iso.Length >= 4);
            if (anchor?.Period is { } period && md.Day <= DateTime.DaysInMonth(period.From.Year, md.Month))
            {
                var day = TimePeriod.Day(new DateOnly(period.From.Year, md.Month, md.Day));
                mentions[k] = mentions[k] with { Period = day, DateText = day.Iso };
            }
        }

        return mentions;
    }

    private static DateMention? TryAt(TokenView view, int i, DateOnly? published) =>
        TryNumeric(view, i) ?? TryNamed(view, i, published) ?? TryYearRange(view, i) ?? TryDecade(view, i)
        ?? TryBareYear(view, i) ?? TryRelative(view, i, published);

    /// <summary>
    /// <c>2019-01-23</c>, <c>23.01.2019</c>, <c>23/01/2019</c>, <c>10.01.17</c>: a date in digits. When day and
    /// month could be either way round (<c>09/04/2020</c>) only the year is certain, and only the year is taken.
    /// </summary>
    private static DateMention? TryNumeric(TokenView view, int i)
    {
        if (!TryNumericDate(view, i, shortYear: false, out var date))
        {
            return null;
        }

        var period = date.Order == DateOrder.Either ? TimePeriod.Year(date.Date.Year) : TimePeriod.Day(date.Date);
        return new DateMention(date.First, date.Last, period, true, period.Iso);
    }

    /// <summary><c>10 May, 2023</c>, <c>May 10, 2023</c>, <c>Feb. 21</c>, <c>September 2019</c>, <c>20 February</c>.</summary>
    private static DateMention? TryNamed(TokenView view, int i, DateOnly? published)
    {
        if (!TryNamedDate(view, i, out var date))
        {
            return null;
        }

        if (date.Day is not { } day)
        {
            var period = TimePeriod.Month(date.Year!.Value, date.Month);
            return new DateMention(date.First, date.Last, period, true, period.Iso);
        }

        return date.Year is { } year ? DayMention(date.First, date.Last, year, date.Month, day) : DayWithoutYear(date.First, date.Last, date.Month, day, published);
    }

    /// <summary><c>2024–2025</c>, <c>1970-1982</c>, <c>2024-25</c>, <c>between 1970 and 1982</c>, <c>from 2014 to 2019</c>.</summary>
    private static DateMention? TryYearRange(TokenView view, int i)
    {
        var start = i;
        var first = i;
        var wordForm = false;
        if ((view.Is(i, "between") || view.Is(i, "from")) && TryYearNumber(view, i + 1, out _))
        {
            first = i + 1;
            wordForm = true;
        }

        if (!TryYearNumber(view, first, out var from))
        {
            return null;
        }

        var connector = first + 1;
        var isConnector = wordForm
            ? view.Is(connector, "and") || view.Is(connector, "to") || view.Is(connector, "until") || view.Is(connector, "through")
            : view.IsDash(connector) || view.IsSymbol(connector, '/') || view.Is(connector, "to") || view.Is(connector, "through");
        if (!isConnector || !view.IsNumber(connector + 1) || view.Tokens[connector + 1].Length is not (2 or 4))
        {
            return null;
        }

        var to = (int)NumberParser.ParseDigits(view.Span(connector + 1));
        if (view.Tokens[connector + 1].Length == 2)
        {
            if (view.IsWord(connector))
            {
                return null; // "2024-25" and "2024/25" shorten the end year; "2008 to 29" does not
            }

            to += from / 100 * 100; // "2024-25"
        }

        if (to <= from || to > MaxYear || to - from > 200)
        {
            return null;
        }

        var period = TimePeriod.Years(from, to);
        return new DateMention(start, connector + 1, period, true, period.Iso);
    }

    /// <summary><c>the 1990s</c>, <c>1970s</c>.</summary>
    private static DateMention? TryDecade(TokenView view, int i)
    {
        if (!TryYearNumber(view, i, out var year) || year % 10 != 0 || !view.IsAttachedWord(i + 1) || !view.Is(i + 1, "s"))
        {
            return null;
        }

        var period = TimePeriod.Years(year, year + 9);
        return new DateMention(i, i + 1, period, true, period.Iso);
    }

    /// <summary>A year on its own: <c>in 2019</c>, <c>2016's</c>. A four-digit number that counts something (<c>1500 people</c>) is not a year.</summary>
    private static DateMention? TryBareYear(TokenView view, int i)
    {
        if (!TryYearNumber(view, i, out var year))
        {
            return null;
        }

        // "in 1985 researchers found" is a date, "1500 people" a count, "2000 euros" money whatever precedes it.
        var afterDate = (view.IsWord(i - 1) && view.In(Lexicon.DatePrepositions, i - 1))
            || (year >= 1900 && (view.Is(i - 1, "the") || IsPossessive(view, i - 1))); // "the 1988 rallies", "Merck's 2018 sales"
        if (IsQuantityContext(view, i, countedNounCounts: !afterDate))
        {
            return null;
        }

        var period = TimePeriod.Year(year);
        return new DateMention(i, i, period, true, period.Iso);
    }

    private static readonly HashSet<string> PossessiveDeterminers = new(StringComparer.OrdinalIgnoreCase) { "its", "their", "his", "her", "our", "my", "your" };

    private static bool IsPossessive(TokenView view, int k)
    {
        if (!view.IsWord(k))
        {
            return false;
        }

        var word = view.Text(k);
        return PossessiveDeterminers.Contains(word) || CountedNoun.IsPossessive(word);
    }

    /// <summary>Whether a year-like number is followed by a unit or a counted plural (<c>2000 euros</c>, <c>1500 people</c>) or preceded by a currency.</summary>
    private static bool IsQuantityContext(TokenView view, int i, bool countedNounCounts)
    {
        if (i > 0 && view.Tokens[i - 1].Kind == TokenKind.Symbol && view.Span(i - 1) is "$" or "£" or "€" or "¥" or "#" or "-" or "−" or "+")
        {
            return true;
        }

        if (i > 0 && !view.Tokens[i].SpaceBefore && view.IsWord(i - 1))
        {
            return true; // glued to a word: a model name
        }

        var next = i + 1;
        if (next >= view.Count)
        {
            return false;
        }

        if (!view.Tokens[next].SpaceBefore && view.IsWord(next))
        {
            return !view.Is(next, "s"); // "2000mAh"
        }

        if (view.IsWord(next))
        {
            var word = view.Text(next);
            if (UnitLexicon.Forms.ContainsKey(word) || NumberWords.Scales.ContainsKey(word) || word is "percent")
            {
                return true;
            }

            return countedNounCounts && view.IsLowerWord(next) && CountedNoun.LooksPlural(word) && !Lexicon.PhraseBreakers.Contains(word);
        }

        return view.IsSymbol(next, '%');
    }

    /// <summary><c>last year</c>, <c>this month</c>, <c>three years ago</c>, <c>yesterday</c>.</summary>
    private static DateMention? TryRelative(TokenView view, int i, DateOnly? published)
    {
        published = Resolvable(published);
        if (view.Is(i, "yesterday") || view.Is(i, "today"))
        {
            var day = published?.AddDays(view.Is(i, "yesterday") ? -1 : 0);
            return new DateMention(i, i, day is { } d ? TimePeriod.Day(d) : null, false, null);
        }

        if ((view.Is(i, "last") || view.Is(i, "this") || view.Is(i, "next") || view.Is(i, "previous") || view.Is(i, "past")) && (view.Is(i + 1, "year") || view.Is(i + 1, "month")))
        {
            var offset = view.Is(i, "next") ? 1 : view.Is(i, "this") ? 0 : -1;
            TimePeriod? period = published is not { } p ? null
                : view.Is(i + 1, "year") ? TimePeriod.Year(p.Year + offset)
                : TimePeriod.Month(p.AddMonths(offset).Year, p.AddMonths(offset).Month);
            return new DateMention(i, i + 1, period, false, null);
        }

        // "three years ago", "a year ago": only worth parsing a number when "ago" follows closely.
        if (!view.Is(i + 2, "ago") && !view.Is(i + 3, "ago") && !view.Is(i + 4, "ago"))
        {
            return null;
        }

        var n = i;
        double count;
        if (view.Is(n, "a") || view.Is(n, "an"))
        {
            count = 1;
            n++;
        }
        else if (NumberParser.TryParse(view, n, false, out var number) && number.Low is null)
        {
            count = number.Value;
            n = number.Last + 1;
        }
        else
        {
            return null;
        }

        if (!view.Is(n + 1, "ago") || count is < 0 or > 500 || count != Math.Floor(count))
        {
            return null;
        }

        TimePeriod? ago = null;
        var back = (int)count;
        if (published is { } pub && pub.Year > back + 1)
        {
            // A publication date in the first centuries (only made-up metadata has one) would reach before year 1.
            ago = view.Is(n, "year") || view.Is(n, "years") ? TimePeriod.Year(pub.Year - back)
                : view.Is(n, "month") || view.Is(n, "months") ? TimePeriod.Month(pub.AddMonths(-back).Year, pub.AddMonths(-back).Month)
                : view.Is(n, "day") || view.Is(n, "days") ? TimePeriod.Day(pub.AddDays(-back))
                : view.Is(n, "week") || view.Is(n, "weeks") ? TimePeriod.Day(pub.AddDays(-7 * back))
                : null;
        }

        return view.Is(n, "year") || view.Is(n, "years") || view.Is(n, "month") || view.Is(n, "months") || view.Is(n, "day") || view.Is(n, "days") || view.Is(n, "week") || view.Is(n, "weeks")
            ? new DateMention(i, n + 1, ago, false, null)
            : null;
    }

    /// <summary>Grows a year mention over its qualifiers: <c>the first half of 2018</c>, <c>the end of 2015</c>, <c>early 2019</c>, <c>since 2019</c>.</summary>
    private static DateMention Widen(TokenView view, DateMention mention, DateOnly? published)
    {
        if (mention.Period is not { } period)
        {
            return mention;
        }

        var first = mention.First;
        var year = period.From.Year;
        var isYear = period.Iso.Length == 4;
        if (isYear && view.Is(first - 1, "of") && first >= 3)
        {
            var (months, length) = PartOfYear(view, first - 2);
            if (months is { } m)
            {
                period = TimePeriod.Months(year, m.First, m.Last);
                first -= 1 + length;
            }
        }
        else if (isYear && (view.Is(first - 1, "early") || view.Is(first - 1, "mid") || view.Is(first - 1, "late")
                 || (view.IsDash(first - 1) && (view.Is(first - 2, "mid") || view.Is(first - 2, "early") || view.Is(first - 2, "late")))))
        {
            var word = view.IsDash(first - 1) ? first - 2 : first - 1;
            period = view.Is(word, "early") ? TimePeriod.Months(year, 1, 4) : view.Is(word, "late") ? TimePeriod.Months(year, 9, 12) : TimePeriod.Months(year, 5, 8);
            first = word;
        }

        if (view.Is(first - 1, "the") && (view.Is(first - 2, "of") || view.Is(first - 2, "in") || view.Is(first - 2, "by") || view.Is(first - 2, "since")))
        {
            first--;
        }

        if ((view.Is(first - 1, "since") || view.Is(first - 1, "from")) && published is { } pub && pub >= period.From && !mention.Period.Value.Iso.Contains('/'))
        {
            period = period.Until(TimePeriod.Day(pub));
            first--;
        }

        return first == mention.First && period == mention.Period ? mention : mention with { First = first, Period = period };
    }

    /// <summary>The months of "the first half", "the second quarter", "the end", "the beginning" ending at token <paramref name="last"/>.</summary>
    private static ((int First, int Last)? Months, int Length) PartOfYear(TokenView view, int last)
    {
        if (view.Is(last, "half") && view.IsWord(last - 1))
        {
            return view.Is(last - 1, "first") ? ((1, 6), 2) : view.Is(last - 1, "second") ? ((7, 12), 2) : (null, 0);
        }

        if (view.Is(last, "quarter") && view.IsWord(last - 1))
        {
            int? q = view.Is(last - 1, "first") ? 1 : view.Is(last - 1, "second") ? 2 : view.Is(last - 1, "third") ? 3 : view.Is(last - 1, "fourth") ? 4 : null;
            return q is { } quarter ? ((3 * quarter - 2, 3 * quarter), 2) : (null, 0);
        }

        if (view.Is(last, "end"))
        {
            return ((12, 12), 1);
        }

        return view.Is(last, "beginning") || view.Is(last, "start") ? ((1, 1), 1) : (null, 0);
    }

    private static DateMention DayMention(int first, int last, int year, int month, int day)
    {
        if (day > DateTime.DaysInMonth(year, month))
        {
            var monthOnly = TimePeriod.Month(year, month);
            return new DateMention(first, last, monthOnly, true, monthOnly.Iso);
        }

        var period = TimePeriod.Day(new DateOnly(year, month, day));
        return new DateMention(first, last, period, true, period.Iso);
    }

    /// <summary>
    /// A publication date that relative dates can be resolved against without leaving the calendar: year 1 has no
    /// "last year" and no "yesterday" before January 2 (only made-up metadata has such dates).
    /// </summary>
    private static DateOnly? Resolvable(DateOnly? published) => published is { Year: > 1 and < 9999 } ? published : null;

    private static DateMention DayWithoutYear(int first, int last, int month, int day, DateOnly? published)
    {
        published = Resolvable(published);
        // "November 8" means the last November 8 up to the publication date.
        if (published is { } p && day <= DateTime.DaysInMonth(p.Year, month))
        {
            var year = new DateOnly(p.Year, month, day) > p ? p.Year - 1 : p.Year;
            var period = TimePeriod.Day(new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))));
            return new DateMention(first, last, period, true, period.Iso, (month, day));
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"--{month:D2}-{day:D2}");
        return new DateMention(first, last, null, true, text, (month, day));
    }
}
