using System.Globalization;

namespace ClaimCheck.Extraction;

/// <summary>A calendar date or period with the precision it was written with; <see cref="Iso"/> renders it as ISO 8601.</summary>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period.</param>
/// <param name="Iso"><c>2019</c>, <c>2019-05</c>, <c>2019-05-10</c>, or an interval such as <c>2018-01/2018-06</c>.</param>
internal readonly record struct TimePeriod(DateOnly From, DateOnly To, string Iso)
{
    public static TimePeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Y(year));

    public static TimePeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), YM(year, month));

    public static TimePeriod Day(DateOnly day) => new(day, day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static TimePeriod Months(int year, int firstMonth, int lastMonth) => firstMonth == lastMonth ? Month(year, firstMonth) :
        new(new DateOnly(year, firstMonth, 1), new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)), YM(year, firstMonth) + "/" + YM(year, lastMonth));

    public static TimePeriod Years(int first, int last) => new(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31), Y(first) + "/" + Y(last));

    /// <summary>From this period's start up to <paramref name="end"/>: <c>since 2019</c>, as of the publication date.</summary>
    public TimePeriod Until(TimePeriod end) => end.To < From ? this : new(From, end.To, Iso.Split('/')[0] + "/" + end.Iso.Split('/')[^1]);

    private static string Y(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string YM(int year, int month) => Y(year) + "-" + month.ToString("D2", CultureInfo.InvariantCulture);
}
