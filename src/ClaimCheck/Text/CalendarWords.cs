using System.Collections.Frozen;

namespace ClaimCheck.Text;

/// <summary>
/// The English names of months and weekdays, full and abbreviated. The only list of them in the code base: the
/// date recogniser reads dates with it, the sentence splitter knows <c>Jan.</c> is no sentence end, and matching
/// drops them from the words that say what a figure counts.
/// </summary>
internal static class CalendarWords
{
    /// <summary>Full month names in lower case, January first.</summary>
    public static readonly IReadOnlyList<string> MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Full weekday names in lower case, in the order of <see cref="DayOfWeek"/> (Sunday first).</summary>
    public static readonly IReadOnlyList<string> WeekdayNames =
        ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>
    /// The short forms news text writes for months, usually with a dot (<c>Jan.</c>, <c>Sept.</c>): the first three
    /// letters of each name except May, plus <c>sept</c>.
    /// </summary>
    public static readonly IReadOnlyList<string> MonthAbbreviations =
        [.. MonthNames.Where(name => name.Length > 3).Select(name => name[..3]), "sept"];

    /// <summary>
    /// Short forms of weekdays as datelines print them (<c>Mon, 10 May 2021</c>, <c>Thurs. 3 June</c>): the first
    /// three letters, and the four-letter forms of Tuesday and Thursday.
    /// </summary>
    public static readonly IReadOnlyList<string> WeekdayAbbreviations =
        [.. WeekdayNames.Select(name => name[..3]), "tues", "thur", "thurs"];

    /// <summary>Month names and abbreviations (any case) to month numbers 1 to 12.</summary>
    public static readonly FrozenDictionary<string, int> Months = MonthNames
        .Select((name, index) => (Name: name, Number: index + 1))
        .SelectMany(month => MonthAbbreviations.Where(form => month.Name.StartsWith(form, StringComparison.Ordinal)).Append(month.Name).Select(form => (form, month.Number)))
        .ToFrozenDictionary(pair => pair.form, pair => pair.Number, StringComparer.OrdinalIgnoreCase);

    /// <summary>Weekday names and abbreviations (any case) to days of the week.</summary>
    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = WeekdayNames
        .Select((name, index) => (Name: name, Day: (DayOfWeek)index))
        .SelectMany(day => WeekdayAbbreviations.Where(form => day.Name.StartsWith(form, StringComparison.Ordinal)).Append(day.Name).Select(form => (form, day.Day)))
        .ToFrozenDictionary(pair => pair.form, pair => pair.Day, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup =
        Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The month a name or abbreviation stands for, without allocating.</summary>
    public static bool TryMonth(ReadOnlySpan<char> word, out int month) => MonthLookup.TryGetValue(word, out month);

    /// <summary>The weekday a full name stands for (<c>Friday</c>, not <c>Fri</c>, which may be another word), without allocating.</summary>
    public static bool TryWeekdayName(ReadOnlySpan<char> word, out DayOfWeek day) =>
        WeekdayLookup.TryGetValue(word, out day) && word.Length == WeekdayNames[(int)day].Length;

    /// <summary>The weekday a name or abbreviation stands for, without allocating.</summary>
    public static bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day) => WeekdayLookup.TryGetValue(word, out day);
}
