using System.Globalization;

namespace ClaimCheck.Extraction;

/// <summary>
/// Time words that are not dates but still say when a figure holds: the present (<c>now</c>, <c>currently</c>,
/// <c>to date</c>), a year counted back from the time just named (<c>412,000 in 2015, up from 371,000 the year before</c>)
/// and seasons (<c>last summer</c>, <c>in the autumn</c>, <c>the summer of 2018</c>). They resolve against the
/// publication date and are never claims themselves.
/// </summary>
internal static class TimeCues
{
    private static readonly string[][] Present =
    [
        ["now"], ["currently"], ["presently"], ["nowadays"], ["at", "present"], ["to", "date"], ["so", "far"], ["at", "the", "moment"],
        ["these", "days"], ["as", "of", "now"], ["as", "things", "stand"], ["this", "weekend"], ["this", "week"], ["on", "the", "day"],
    ];

    /// <summary>Phrases for the year (or month) before the time just named, with the unit they count back.</summary>
    private static readonly (string[] Words, bool Month)[] Before =
    [
        (["the", "year", "before"], false), (["a", "year", "before"], false), (["the", "year", "earlier"], false),
        (["a", "year", "earlier"], false), (["the", "previous", "year"], false), (["the", "preceding", "year"], false),
        (["the", "prior", "year"], false), (["a", "year", "previously"], false), (["the", "month", "before"], true),
        (["a", "month", "earlier"], true), (["the", "previous", "month"], true), (["the", "preceding", "month"], true),
    ];

    /// <summary>Phrases for the time the story just named: <c>over the same period</c>, <c>during the year</c>, <c>that year</c>.</summary>
    private static readonly string[][] Anaphoric =
    [
        ["over", "the", "same", "period"], ["in", "the", "same", "period"], ["during", "the", "same", "period"], ["for", "the", "same", "period"],
        ["over", "the", "period"], ["during", "the", "period"], ["in", "the", "same", "year"], ["the", "same", "year"], ["that", "year"],
        ["during", "the", "year"], ["over", "the", "year"], ["throughout", "the", "year"], ["in", "that", "period"], ["that", "period"],
    ];

    private static readonly Dictionary<string, (int First, int Last)> Seasons = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = (3, 5),
        ["summer"] = (6, 8),
        ["autumn"] = (9, 11),
        ["fall"] = (9, 11),
        ["winter"] = (12, 14),
    };

    /// <summary>The cues of a sentence that the date recogniser did not already take, in token order.</summary>
    public static List<DateMention> Find(TokenView view, DateOnly? published, IReadOnlyList<DateMention> dates)
    {
        var taken = new bool[view.Count];
        foreach (var date in dates)
        {
            for (var k = date.First; k <= date.Last && k < taken.Length; k++)
            {
                taken[k] = true;
            }
        }

        var cues = new List<DateMention>();
        for (var i = 0; i < view.Count; i++)
        {
            if (taken[i] || !view.IsWord(i))
            {
                continue;
            }

            var cue = TryPresent(view, i, published) ?? TryAnaphoric(view, i) ?? TryBefore(view, i, published, dates, cues) ?? TrySeason(view, i, published, dates);
            if (cue is not null && !Overlaps(taken, cue))
            {
                cues.Add(cue);
                i = cue.Last;
            }
        }

        return cues;
    }

    private static bool Overlaps(bool[] taken, DateMention cue)
    {
        for (var k = cue.First; k <= cue.Last; k++)
        {
            if (taken[k])
            {
                return true;
            }
        }

        return false;
    }

    private static int Matches(TokenView view, int i, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (!view.Is(i + w, words[w]))
            {
                return -1;
            }
        }

        return i + words.Length - 1;
    }

    /// <summary><c>now</c>, <c>currently</c>, <c>to date</c>: the publication day. A joined word (<c>now-closed</c>) is no cue.</summary>
    private static DateMention? TryPresent(TokenView view, int i, DateOnly? published)
    {
        foreach (var words in Present)
        {
            var last = Matches(view, i, words);
            if (last >= 0 && !view.IsHyphenJoined(last + 1) && !view.IsHyphenJoined(i - 1))
            {
                return new DateMention(i, last, published is { } p ? TimePeriod.Day(p) : null, false, null);
            }
        }

        return null;
    }

    /// <summary><c>over the same period</c>: the time the story named last, resolved once the sentences before are read.</summary>
    private static DateMention? TryAnaphoric(TokenView view, int i)
    {
        foreach (var words in Anaphoric)
        {
            var last = Matches(view, i, words);
            if (last >= 0)
            {
                return new DateMention(i, last, null, false, null, Anaphoric: true);
            }
        }

        return null;
    }

    /// <summary><c>the year before</c>: the year before the last time named earlier in the sentence, else before publication.</summary>
    private static DateMention? TryBefore(TokenView view, int i, DateOnly? published, IReadOnlyList<DateMention> dates, List<DateMention> cues)
    {
        foreach (var (words, month) in Before)
        {
            var last = Matches(view, i, words);
            if (last < 0)
            {
                continue;
            }

            var anchor = dates.Concat(cues).Where(d => d.Last < i && d.Period is not null).MaxBy(d => d.Last)?.Period;
            TimePeriod? period = null;
            if (anchor is { } a && a.From.Year > 1)
            {
                period = month ? TimePeriod.Month(a.From.AddMonths(-1).Year, a.From.AddMonths(-1).Month) : TimePeriod.Year(a.From.Year - 1);
            }
            else if (published is { Year: > 1 } p)
            {
                period = month ? TimePeriod.Month(p.AddMonths(-1).Year, p.AddMonths(-1).Month) : TimePeriod.Year(p.Year - 1);
            }

            return new DateMention(i, last, period, false, null);
        }

        return null;
    }

    /// <summary>
    /// <c>last summer</c>, <c>this spring</c>, <c>next winter</c>, <c>in the autumn</c> (the latest one begun by publication),
    /// <c>the summer of 2018</c>, <c>summer 2018</c>. <c>fall</c> counts only after a determiner or <c>last</c>/<c>this</c>/<c>next</c>.
    /// </summary>
    private static DateMention? TrySeason(TokenView view, int i, DateOnly? published, IReadOnlyList<DateMention> dates)
    {
        var (first, seasonAt, which) = (i, -1, 0);
        if ((view.Is(i, "last") || view.Is(i, "past") || view.Is(i, "this") || view.Is(i, "next")) && view.IsWord(i + 1) && Seasons.ContainsKey(view.Text(i + 1)))
        {
            seasonAt = i + 1;
            which = view.Is(i, "next") ? 1 : view.Is(i, "this") ? 0 : -1;
        }
        else if ((view.Is(i, "the") || view.Is(i, "in") || view.Is(i, "over") || view.Is(i, "during")) && view.IsWord(i + 1))
        {
            var s = view.Is(i + 1, "the") ? i + 2 : i + 1;
            if (view.IsWord(s) && Seasons.ContainsKey(view.Text(s)) && (s > i + 1 || !view.Is(i, "the") || view.Is(s + 1, "of")))
            {
                seasonAt = s;
                which = 2;
            }
        }
        else if (view.IsWord(i) && Seasons.ContainsKey(view.Text(i)) && !view.Is(i, "fall") && YearAt(dates, i + 1) is not null)
        {
            seasonAt = i;
            which = 3;
        }

        if (seasonAt < 0)
        {
            return null;
        }

        var (from, to) = Seasons[view.Text(seasonAt)];
        var last = seasonAt;
        int? year = null;
        // "the summer of 2016", "summer 2016": the year stays a date claim of its own; the cue ends before it.
        if (view.Is(seasonAt + 1, "of") && YearAt(dates, seasonAt + 2) is { } ofYear)
        {
            year = ofYear;
        }
        else if (which == 3)
        {
            year = YearAt(dates, seasonAt + 1);
        }
        else if (published is { Year: > 1 and < 9999 } p)
        {
            // The season's year: the one begun by publication ("last" steps back once more from a season not yet over).
            var current = SeasonStart(p, from) <= p ? p.Year : p.Year - 1;
            year = which switch
            {
                1 => SeasonStart(p, from) > p ? p.Year : p.Year + 1,
                0 => from == 12 && p.Month <= 2 ? p.Year - 1 : p.Year,
                -1 => SeasonEnd(current, from, to) < p ? current : current - 1,
                _ => current,
            };
        }

        if (view.Is(last + 1, "season") || view.Is(last + 1, "months"))
        {
            last++;
        }

        TimePeriod? period = year is { } y && y > 1 && y < 9998 ? Span(y, from, to) : null;
        return new DateMention(first, last, period, false, null);
    }

    private static int? YearAt(IReadOnlyList<DateMention> dates, int token) =>
        dates.FirstOrDefault(d => d.First == token && d.Period is { } p && p.Iso.Length == 4)?.Period?.From.Year;

    private static DateOnly SeasonStart(DateOnly published, int firstMonth) => new(published.Year, Math.Min(firstMonth, 12), 1);

    private static DateOnly SeasonEnd(int year, int firstMonth, int lastMonth)
    {
        var end = new DateOnly(year, 1, 1).AddMonths(lastMonth);
        return end.AddDays(-1);
    }

    /// <summary>Months <paramref name="from"/> to <paramref name="to"/> of a year; winter (12 to 14) runs into the next year.</summary>
    private static TimePeriod Span(int year, int from, int to)
    {
        if (to <= 12)
        {
            return TimePeriod.Months(year, from, to);
        }

        var start = new DateOnly(year, from, 1);
        var end = new DateOnly(year + 1, to - 12, DateTime.DaysInMonth(year + 1, to - 12));
        var iso = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{from:D2}/{year + 1:D4}-{to - 12:D2}");
        return new TimePeriod(start, end, iso);
    }
}
