using System.Collections.Frozen;
using ClaimCheck.Extraction;
using ClaimCheck.Text;

namespace ClaimCheck.Corpus;

/// <summary>
/// Reads the lines on which news pages state their own date: a date with what pages print around it, in parts
/// divided by pipes, bullets, spaced slashes, dashes or arrows, or gaps wider than a space.
/// <c>14 January 2026 11:46</c>, <c>Published: 2020-03-17T14:20:00Z</c>, <c>3 Mar 2016 14:05 | KPA</c>,
/// <c>Lorvik / 28.04.16 / Courier</c>, <c>By Halvard Krum | March 8, 2016</c>,
/// <c>Thursday, 12 April 2018 | Views: 1,204</c>, <c>Posted 22/06/2019 at 11:40</c>. The date itself is read by
/// <see cref="DateRecognizer"/>; this class knows only the furniture around it: labels, bylines, credits, times,
/// counters and the weather.
/// </summary>
/// <remarks>
/// Every other part of the line must be furniture too, so that a date inside a sentence is never taken for the
/// page's: text before the date makes the line no date line at all; text after it makes the date a weak one, as a
/// banner prints today's date among its links; the weather beside it makes it the date of the visit.
/// </remarks>
internal static class DateLine
{
    // Longer than this and a line is running text, not a dateline.
    private const int MaxLineLength = 240;

    // A date with a label or credit is a short line: a longer one is a sentence that happens to end in a date.
    private const int MaxCreditLength = 120;

    private const int MaxNameWords = 6;

    private static readonly FrozenSet<string> PublicationNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "newspaper", "news", "agency", "magazine", "journal", "gazette", "daily", "weekly");

    // Small words inside names of outlets, places and people: "Voice of the Valley", "Hallam & Reyes".
    private static readonly FrozenSet<string> NameConnectors = FrozenSet.Create(
        StringComparer.Ordinal, "of", "the", "and", "for", "on", "de", "da", "del", "la", "le", "van", "von", "al", "bin");

    private static readonly FrozenSet<string> WeatherWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "rain", "rainy", "showers", "drizzle", "sunny", "cloudy", "overcast", "snow", "sleet", "hail", "fog", "foggy", "mist",
        "windy", "thunderstorms", "humid");

    private static readonly FrozenSet<string> ReadingTimeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "min", "mins", "minute", "minutes");

    private static readonly FrozenSet<string> CounterWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "views", "view", "hits", "reads", "visits", "comments", "comment", "shares", "likes", "просмотров", "просмотры", "просмотр");

    // Labels, by what they say of the date after them. Longest first, so "last updated" is not read as "last".
    private static readonly (string[] Words, Part Part)[] Labels =
    [
        (["first", "published"], Part.Label), (["originally", "published"], Part.Label), (["publication", "date"], Part.Label),
        (["date", "published"], Part.Label), (["published"], Part.Label), (["posted"], Part.Label), (["date"], Part.Label),
        (["dated"], Part.Label), (["issued"], Part.Label), (["released"], Part.Label),
        (["last", "updated"], Part.Updated), (["last", "modified"], Part.Updated), (["last", "edited"], Part.Updated),
        (["updated"], Part.Updated), (["modified"], Part.Updated), (["edited"], Part.Updated), (["revised"], Part.Updated),
        (["date", "accessed"], Part.NotPublication), (["date", "retrieved"], Part.NotPublication), (["last", "accessed"], Part.NotPublication),
        (["access", "date"], Part.NotPublication), (["crawl", "date"], Part.NotPublication), (["retrieved"], Part.NotPublication),
        (["accessed"], Part.NotPublication), (["crawled"], Part.NotPublication), (["scraped"], Part.NotPublication),
        (["fetched"], Part.NotPublication), (["downloaded"], Part.NotPublication), (["archived"], Part.NotPublication),
        (["captured"], Part.NotPublication),
    ];

    /// <summary>What a part of a dateline is.</summary>
    private enum Part
    {
        /// <summary>Nothing, or only punctuation.</summary>
        Empty,

        /// <summary>Another date, with its own furniture.</summary>
        Date,

        /// <summary>A time of day: <c>18:45</c>, <c>10:00 3403</c>.</summary>
        Time,

        /// <summary>A view, comment or reading-time counter: <c>Views: 2,318</c>, <c>Comments (14)</c>, <c>4 min read</c>.</summary>
        Counter,

        /// <summary>A publication label: <c>Published:</c>, <c>Posted on</c>, <c>Date:</c>.</summary>
        Label,

        /// <summary>An update label: <c>Updated</c>, <c>Last modified:</c>.</summary>
        Updated,

        /// <summary>A label of a date that is not the article's: <c>Retrieved</c>, <c>Accessed on</c>.</summary>
        NotPublication,

        /// <summary>A part that opens with a label but goes on about something else: <c>Updated 2 hours ago</c>.</summary>
        Furniture,

        /// <summary><c>By Jane Roe</c>, <c>Author: Jane Roe</c>.</summary>
        Byline,

        /// <summary>A name: an outlet, agency, place or section (<c>KPA</c>, <c>Lorvik</c>, <c>Home</c>).</summary>
        Name,

        /// <summary>A name that says it is a publication's: <c>"Respublika" newspaper</c>, <c>Azertac news agency</c>.</summary>
        Publication,

        /// <summary>The weather a banner prints beside today's date: <c>Orley 21C, sunny spells</c>.</summary>
        Weather,

        /// <summary>Anything else: running text.</summary>
        Other,
    }

    /// <summary>The page date <paramref name="line"/> states, or a <see cref="DateLineKind.None"/> result.</summary>
    public static PageDate Read(string line)
    {
        if (line.Length > MaxLineLength || !line.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return default;
        }

        var view = new TokenView(line, Tokenizer.Tokenize(line, 0, line.Length));
        var dates = new List<WrittenDate>();
        for (var k = 0; k < view.Count; k++)
        {
            if (DateRecognizer.TryWrittenDate(view, k, out var date))
            {
                dates.Add(date);
                k = date.Last;
            }
        }

        if (dates.Count == 0)
        {
            return default;
        }

        var segments = Segments(view, dates);
        PageDate best = default;
        foreach (var date in dates)
        {
            var kind = Classify(view, date, segments, dates);
            if (kind > best.Kind)
            {
                best = new PageDate(kind, date);
            }
        }

        return best;
    }

    /// <summary>
    /// Reads a date given as a metadata value (front matter, manifest, jsonl, HTML meta tag): a date alone, with an
    /// optional weekday, time and zone. Null when the value is no such date, or when its day and month could be
    /// either way round (<c>09/04/2020</c>): a metadata value is not guessed at.
    /// </summary>
    public static DateOnly? ParseValue(string? value)
    {
        if (value is null || value.Length > MaxLineLength)
        {
            return null;
        }

        var view = new TokenView(value, Tokenizer.Tokenize(value, 0, value.Length));
        return DateRecognizer.TryWrittenDate(view, 0, out var date) && date.Order != DateOrder.Either
            && ReadsToEnd(view, date.Last + 1, view.Count - 1, out _, out var byline) && !byline
            ? date.Date
            : null;
    }

    private static DateLineKind Classify(TokenView view, WrittenDate date, List<(int First, int Last)> segments, List<WrittenDate> dates)
    {
        var index = segments.FindIndex(s => s.First <= date.First && date.Last <= s.Last);
        var (first, last) = segments[index];
        if (!ReadsToEnd(view, date.Last + 1, last, out var timed, out var credited))
        {
            return DateLineKind.None;
        }

        // Before the date in its own part only a label, byline, credit or time may stand, or a name with a comma
        // ("Lorvik, 3 May 2021"): "The law was adopted on May 10, 2023" is a sentence.
        var prefixTimed = false;
        var prefix = first < date.First ? PartOf(view, first, date.First - 1, out prefixTimed) : Part.Empty;
        var commaBefore = view.IsSymbol(date.First - 1, ',');
        if (prefix is Part.Other or Part.Counter or Part.Weather or Part.Furniture || (prefix == Part.Name && !commaBefore))
        {
            return DateLineKind.None;
        }

        timed |= prefixTimed;
        credited |= prefix is Part.Byline or Part.Publication;
        var label = prefix is Part.Label or Part.Updated or Part.NotPublication ? prefix : Part.Empty;
        bool weather = false, trailing = false;
        for (var j = 0; j < segments.Count; j++)
        {
            if (j == index)
            {
                continue;
            }

            var (from, to) = segments[j];
            var partTimed = false;
            var part = dates.Exists(d => from <= d.First && d.Last <= to) ? Part.Date : PartOf(view, from, to, out partTimed);
            var adjacent = Math.Abs(j - index) == 1;
            switch (part)
            {
                case Part.Other when j < index:
                    return DateLineKind.None; // the date ends a line of text
                case Part.Other:
                    trailing = true;
                    break;
                case Part.Weather:
                    weather = true;
                    break;
                case Part.Time when adjacent:
                    timed = true; // "Friday, 29 February 2024 | 18:45"
                    break;
                case Part.Label or Part.Updated or Part.NotPublication when j == index - 1 && label == Part.Empty:
                    label = part; // "Published: | 10 May 2023"
                    timed |= partTimed;
                    break;
                case Part.Byline or Part.Publication:
                    credited = true;
                    break;
                case Part.Name when j > index:
                    credited = true; // "3 Mar 2016 14:05 | KPA": the agency after the date
                    break;
            }
        }

        if (weather || label == Part.NotPublication)
        {
            return DateLineKind.NotPublication;
        }

        if (label == Part.Updated)
        {
            return DateLineKind.Updated;
        }

        if ((segments.Count > 1 || prefix != Part.Empty) && view.Source.Length > MaxCreditLength)
        {
            return DateLineKind.None;
        }

        // Chrome after the date may make it a banner's, unless a label says it is the article's.
        return trailing && label != Part.Label ? DateLineKind.Embedded
            : timed ? DateLineKind.Timed
            : label == Part.Label || credited ? DateLineKind.Credit
            : DateLineKind.Plain;
    }

    /// <summary>
    /// Whether tokens <paramref name="k"/> to <paramref name="end"/>, after a date, hold only its time of day (with a
    /// zone and the view counter some sites print after it), a byline (<c>Posted on May 3, 2021 by Jane Roe</c>) and
    /// stray punctuation.
    /// </summary>
    private static bool ReadsToEnd(TokenView view, int k, int end, out bool timed, out bool byline)
    {
        timed = false;
        byline = false;
        var t = k + (view.IsSymbol(k, ',') ? 1 : 0);
        t += view.Is(t, "at") || view.IsSymbol(t, '@') ? 1 : 0;
        if (t <= end && DateRecognizer.TryTimeOfDay(view, t, out var timeLast) && timeLast <= end)
        {
            timed = true;
            k = timeLast + 1;
            k += view.IsNumber(k) && k <= end ? 1 : 0; // "10 May, 2023 10:00 3403"
        }

        if (view.Is(k, "by") && k < end && (IsName(view, k + 1, end, out _) || (k + 1 == end && view.IsWord(end))))
        {
            byline = true;
            k = end + 1;
        }

        // "Posted 12/03/2019 in Politics, Halden": the sections the page is filed under.
        if (view.Is(k, "in") && k < end && IsSectionList(view, k + 1, end))
        {
            k = end + 1;
        }

        while (k <= end && (view.IsSymbol(k, '.') || view.IsSymbol(k, ',') || view.IsSymbol(k, ')')))
        {
            k++;
        }

        // "... on 22 January 2020. © Lorvik Courier Ltd": a copyright notice may close a footer's line.
        if (k <= end && (view.IsSymbol(k, '©') || (view.IsSymbol(k, '(') && view.Is(k + 1, "c") && view.IsSymbol(k + 2, ')'))))
        {
            return true;
        }

        return k > end;
    }

    /// <summary>Capitalised words separated by commas, <c>and</c> or <c>&amp;</c>: <c>Politics, Halden</c>.</summary>
    private static bool IsSectionList(TokenView view, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var ok = view.StartsUpper(k) || view.IsSymbol(k, ',') || view.IsSymbol(k, '&') || view.Is(k, "and") || (k == last && view.IsSymbol(k, '.'));
            if (!ok)
            {
                return false;
            }
        }

        return view.StartsUpper(first);
    }

    /// <summary>
    /// The parts of a line: runs of tokens between pipes, bullets, spaced slashes and dashes, and gaps wider than
    /// one space. A date is never cut, whatever it holds.
    /// </summary>
    private static List<(int First, int Last)> Segments(TokenView view, List<WrittenDate> dates)
    {
        var segments = new List<(int First, int Last)>();
        var start = 0;
        for (var k = 0; k < view.Count; k++)
        {
            if (dates.Exists(d => d.First < k && k <= d.Last))
            {
                continue;
            }

            if (IsSeparator(view, k))
            {
                if (k > start)
                {
                    segments.Add((start, k - 1));
                }

                start = k + 1;
            }
            else if (k > start && IsWideGap(view, k))
            {
                segments.Add((start, k - 1));
                start = k;
            }
        }

        if (start < view.Count)
        {
            segments.Add((start, view.Count - 1));
        }

        return segments;
    }

    private static bool IsSeparator(TokenView view, int k)
    {
        if (view.Tokens[k].Kind != TokenKind.Symbol)
        {
            return false;
        }

        var c = view.Source[view.Tokens[k].Start];
        if (c is '|' or '•' or '·' or '¦')
        {
            return true;
        }

        // Slashes, dashes and breadcrumb arrows divide only when spaced: "14/01/2021" and "2023-05-10" are dates.
        var spaced = view.Tokens[k].SpaceBefore && (k + 1 >= view.Count || view.Tokens[k + 1].SpaceBefore);
        return spaced && (c is '/' or '\\' or '~' or '»' or '›' or '>' || view.IsDash(k));
    }

    /// <summary>Two spaces or more, a tab, or a wide space between token <paramref name="k"/> and the one before.</summary>
    private static bool IsWideGap(TokenView view, int k)
    {
        var gap = view.Source.AsSpan(view.Tokens[k - 1].End, view.Tokens[k].Start - view.Tokens[k - 1].End);
        return gap.Length >= 2 || (gap.Length == 1 && gap[0] != ' ');
    }

    /// <summary>What tokens <paramref name="first"/> to <paramref name="last"/> are.</summary>
    /// <param name="view">The tokens.</param>
    /// <param name="first">First token.</param>
    /// <param name="last">Last token.</param>
    /// <param name="timed">Whether a label is followed by a time of day (<c>PUBLISHED: 08:15 GMT,</c>).</param>
    private static Part PartOf(TokenView view, int first, int last, out bool timed)
    {
        timed = false;
        while (last >= first && view.Tokens[last].Kind == TokenKind.Symbol && view.Source[view.Tokens[last].Start] is ',' or ':' or ';')
        {
            last--;
        }

        if (last < first)
        {
            return Part.Empty;
        }

        if (DateRecognizer.TryTimeOfDay(view, first, out var timeLast) && (timeLast == last || (timeLast + 1 == last && view.IsNumber(last))))
        {
            timed = true;
            return Part.Time;
        }

        if (Label(view, first, last, out var rest) is { } label)
        {
            // "Published", "Posted on", "PUBLISHED: 08:15 GMT"; a label followed by anything else is furniture.
            timed = rest <= last && DateRecognizer.TryTimeOfDay(view, rest, out var labelTimeLast) && labelTimeLast == last;
            return rest > last || timed ? label : Part.Furniture;
        }

        if (IsByline(view, first, last))
        {
            return Part.Byline;
        }

        if (IsName(view, first, last, out var publication))
        {
            return publication ? Part.Publication : Part.Name;
        }

        return IsWeather(view, first, last) ? Part.Weather : IsCounter(view, first, last) ? Part.Counter : Part.Other;
    }

    /// <summary>
    /// The label tokens <paramref name="first"/> on open with (<c>Published</c>, <c>Posted on</c>, <c>Date:</c>,
    /// <c>Updated</c>, <c>Retrieved</c>, <c>Published by Foo News on</c>), and where what follows it starts.
    /// </summary>
    private static Part? Label(TokenView view, int first, int last, out int rest)
    {
        rest = first;
        foreach (var (words, part) in Labels)
        {
            var k = first;
            while (k - first < words.Length && k <= last && view.Is(k, words[k - first]))
            {
                k++;
            }

            if (k - first < words.Length)
            {
                continue;
            }

            k += view.IsSymbol(k, ':') ? 1 : 0;
            if (view.Is(k, "by"))
            {
                k++;
                while (k <= last && !view.Is(k, "on") && !view.Is(k, "at")
                       && (view.StartsUpper(k) || view.In(NameConnectors, k) || (view.Tokens[k].Kind == TokenKind.Symbol && view.Span(k) is "." or "&")))
                {
                    k++;
                }
            }

            // "First published in the Lorvik Courier on": the outlet it appeared in.
            if (view.Is(k, "in") && k < last)
            {
                var n = k + 1 + (view.Is(k + 1, "the") ? 1 : 0);
                var name = n;
                while (n <= last && (view.StartsUpper(n) || view.In(NameConnectors, n)))
                {
                    n++;
                }

                k = n > name && (view.Is(n, "on") || n > last) ? n : k;
            }

            k += view.Is(k, "on") || view.Is(k, "at") ? 1 : 0;
            k += view.IsSymbol(k, ':') ? 1 : 0;
            rest = k;
            return part;
        }

        return null;
    }

    /// <summary>The weather beside a banner's date: a temperature (<c>18C</c>, <c>21 °C</c>, <c>64F</c>) or a word for the sky.</summary>
    private static bool IsWeather(TokenView view, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (view.In(WeatherWords, k))
            {
                return true;
            }

            if (view.IsNumber(k) && k < last && (view.IsSymbol(k + 1, '°') || view.IsSymbol(k + 1, 'º')
                || (view.IsAttachedWord(k + 1) && view.Span(k + 1) is "C" or "F")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>By Jane Roe</c>, <c>By Ines Marr, Science Editor</c>, <c>Author: Jane Roe</c>, <c>Written by Jane Roe and Ann Lee</c>.</summary>
    private static bool IsByline(TokenView view, int first, int last)
    {
        var k = first;
        if (view.Is(k, "written") && view.Is(k + 1, "by"))
        {
            k += 2;
        }
        else if (view.Is(k, "by") || view.Is(k, "author") || view.Is(k, "reporter"))
        {
            k++;
        }
        else
        {
            return false;
        }

        k += view.IsSymbol(k, ':') ? 1 : 0;
        return k <= last && IsName(view, k, last, out _);
    }

    /// <summary>
    /// The name of an outlet, agency, place or person: a few capitalised or quoted words (<c>KPA</c>, <c>(WNS)</c>,
    /// <c>Fenmoor Press Agency</c>, <c>"Respublika" newspaper</c>), with small words between them and no digits.
    /// </summary>
    /// <param name="view">The tokens.</param>
    /// <param name="first">First token.</param>
    /// <param name="last">Last token.</param>
    /// <param name="publication">Whether a publication noun (<c>newspaper</c>, <c>agency</c>) says the name is an outlet's.</param>
    private static bool IsName(TokenView view, int first, int last, out bool publication)
    {
        publication = false;
        var words = 0;
        var capital = false;
        for (var k = first; k <= last; k++)
        {
            if (view.IsWord(k))
            {
                words++;
                var noun = view.In(PublicationNouns, k);
                publication |= noun;
                if (view.StartsUpper(k))
                {
                    capital = true;
                }
                else if (!noun && !view.In(NameConnectors, k))
                {
                    return false;
                }
            }
            else if (view.IsNumber(k) || view.Span(k) is not ("." or "&" or "'" or "’" or "\"" or "“" or "”" or "«" or "»" or "„" or "(" or ")" or "," or "-"))
            {
                return false;
            }
        }

        return capital && words <= MaxNameWords;
    }

    /// <summary><c>Views: 2,318</c>, <c>874 views</c>, <c>Comments (14)</c>, <c>3403</c>, <c>4 min read</c>.</summary>
    private static bool IsCounter(TokenView view, int first, int last)
    {
        var k = first;
        if (view.Is(k, "reading") && view.Is(k + 1, "time"))
        {
            k += view.IsSymbol(k + 2, ':') ? 3 : 2; // "Reading time: 4 minutes"
        }

        if (view.IsNumber(k) && view.In(ReadingTimeWords, k + 1))
        {
            return k + 1 == last || (k + 2 == last && view.Is(last, "read"));
        }

        var named = view.In(CounterWords, k);
        if (named)
        {
            k++;
            k += view.IsSymbol(k, ':') || view.IsDash(k) || view.IsSymbol(k, '(') ? 1 : 0;
        }

        if (!view.IsNumber(k))
        {
            return false;
        }

        k++;
        if (named)
        {
            k += view.IsSymbol(k, ')') ? 1 : 0;
        }
        else if (view.In(CounterWords, k))
        {
            k++;
        }

        return k > last;
    }
}
