using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimCheck.Corpus;

/// <summary>
/// Recognises the date formats news pages print in their headers and credits: <c>10 May, 2023</c>,
/// <c>14 January 2026 11:46</c>, <c>Saturday July 13 2024</c>, <c>May 10, 2023</c>, <c>2023-05-10T10:00:00Z</c>,
/// with an optional weekday, time of day, time zone and (after the time) a view counter.
/// </summary>
internal static partial class DateText
{
    private const string Weekday =
        @"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?";

    private const string Month =
        @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?";

    private const string Year = @"(?<year>[12]\d{3})";

    private const string DayMonthYear = Day + @"\s+(?:of\s+)?" + Month + @",?\s+" + Year;

    private const string MonthDayYear = Month + @"\s+" + Day + @",?\s+" + Year;

    private const string Iso = @"(?<isoyear>[12]\d{3})-(?<isomonth>[01]?\d)-(?<isoday>[0-3]?\d)";

    private const string AnyDate = Weekday + "(?:" + DayMonthYear + "|" + MonthDayYear + "|" + Iso + ")";

    private const string Time =
        @"(?:\s*,\s*|\s+at\s+|\s*[|/•·–—-]\s*|\s+|t)(?<time>[0-2]?\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?)";

    private const string Zone =
        @"(?:\s*\(?\s*(?:utc|gmt)\s*(?:[+\-−]\s*\d{1,2}(?::?\d{2})?)?\s*\)?|z|\s*[+\-]\d{2}:?\d{2}|\s+(?:[ecmp][sd]t|bst|cet|cest|eet|eest|msk|azt|gst))?";

    // A number after the time of day is the page's view counter (e.g. "10 May, 2023 10:00 3403").
    private const string Counter = @"(?:\s+\d{1,9})?";

    private const int MaxCreditLength = 120;
    private const int MaxCreditWords = 6;

    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>
    /// A date, its time, zone and counter, ending the line. Only a line end and stray punctuation may follow,
    /// so a date inside a sentence is never taken for a header.
    /// </summary>
    [GeneratedRegex(@"(?:^|[\s,;:(])" + AnyDate + "(?:" + Time + Zone + Counter + @")?\s*[.,)]?\s*$", Options)]
    private static partial Regex TrailingDateRegex();

    private static readonly FrozenSet<string> PublicationNouns = FrozenSet.Create(
        StringComparer.Ordinal, "newspaper", "news", "agency", "magazine", "journal", "gazette", "daily", "weekly");

    // "Published: 10 May 2023", "Updated on May 10, 2023 10:00".
    [GeneratedRegex(@"^(?:published|updated|posted|date|dated|issued?)\b", Options)]
    private static partial Regex DateLabelRegex();

    /// <summary>
    /// Whether a line states a date about the page rather than in the story: a line that is only a date, or a
    /// short credit or label ending in one. Sentences that end in a date are <see cref="DateLineKind.None"/>.
    /// </summary>
    public static DateLineKind Classify(string line, out DateOnly date)
    {
        if (!TryParseTrailingDate(line, out date, out var hasTime, out var prefix))
        {
            return DateLineKind.None;
        }

        if (prefix.Length == 0)
        {
            return hasTime ? DateLineKind.Timed : DateLineKind.Plain;
        }

        if (line.Length <= MaxCreditLength && (DateLabelRegex().IsMatch(prefix) || IsPublicationCredit(prefix)))
        {
            return DateLineKind.Credit;
        }

        date = default;
        return DateLineKind.None;
    }

    /// <summary>Whether <paramref name="line"/> is nothing but a date (with weekday, time, zone, counter).</summary>
    public static bool TryParseDateLine(string line, out DateOnly date, out bool hasTime)
    {
        if (TryParseTrailingDate(line, out date, out hasTime, out var prefix) && prefix.Length == 0)
        {
            return true;
        }

        date = default;
        hasTime = false;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/> ends with a date, as credit and label lines do
    /// (<c>"Respublika" newspaper, May 10, 2023</c>, <c>Published: 2023-05-10</c>).
    /// </summary>
    /// <param name="line">One line of text.</param>
    /// <param name="date">The date found.</param>
    /// <param name="hasTime">Whether a time of day follows the date.</param>
    /// <param name="prefix">What precedes the date, trimmed of white space and separators.</param>
    public static bool TryParseTrailingDate(string line, out DateOnly date, out bool hasTime, out string prefix)
    {
        date = default;
        hasTime = false;
        prefix = string.Empty;
        var match = TrailingDateRegex().Match(line);
        if (!match.Success || ToDate(match) is not { } found)
        {
            return false;
        }

        date = found;
        hasTime = match.Groups["time"].Success;
        prefix = line[..match.Index].Trim().TrimEnd(',', ';', ':', '-', '–', '—', '|').TrimEnd();
        return true;
    }

    /// <summary>
    /// Reads a date given as a metadata value (front matter, manifest, jsonl, HTML meta tag): any of the
    /// recognised formats, alone on the line. Returns null when the value is not such a date.
    /// </summary>
    public static DateOnly? ParseValue(string? value) =>
        value is not null && TryParseDateLine(value.Trim(), out var date, out _) ? date : null;

    /// <summary>
    /// A publication's name and what it is (<c>"Respublika" newspaper</c>, <c>Azertac news agency</c>): a few
    /// capitalised or quoted words and a publication noun, and nothing else, so that a sentence such as
    /// <c>the agency said on May 10, 2023</c> is not taken for a credit.
    /// </summary>
    private static bool IsPublicationCredit(string prefix)
    {
        var words = prefix.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxCreditWords)
        {
            return false;
        }

        var hasNoun = false;
        foreach (var word in words)
        {
            var bare = word.TrimEnd(',');
            if (PublicationNouns.Contains(bare.ToLowerInvariant()))
            {
                hasNoun = true;
            }
            else if (bare.Length == 0 || !(char.IsUpper(bare[0]) || bare[0] is '"' or '“' or '«' or '„' or '\''))
            {
                return false;
            }
        }

        return hasNoun;
    }

    private static DateOnly? ToDate(Match match)
    {
        int year, month, day;
        if (match.Groups["isoyear"].Success)
        {
            year = int.Parse(match.Groups["isoyear"].ValueSpan, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["isomonth"].ValueSpan, CultureInfo.InvariantCulture);
            day = int.Parse(match.Groups["isoday"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else
        {
            year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            month = MonthNumber(match.Groups["month"].Value);
            day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int MonthNumber(string name) =>
        name[..3].ToUpperInvariant() switch
        {
            "JAN" => 1,
            "FEB" => 2,
            "MAR" => 3,
            "APR" => 4,
            "MAY" => 5,
            "JUN" => 6,
            "JUL" => 7,
            "AUG" => 8,
            "SEP" => 9,
            "OCT" => 10,
            "NOV" => 11,
            "DEC" => 12,
            _ => 0,
        };
}
