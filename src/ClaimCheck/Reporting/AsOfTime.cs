using System.Globalization;

namespace ClaimCheck.Reporting;

/// <summary>
/// A claim's <c>asOf</c> (<c>2019</c>, <c>2019-05</c>, <c>2019-05-10</c>, or an interval <c>2018-01/2018-06</c>) as a span of
/// decimal years, for placing figures on a timeline. Month-days with no year (<c>--05-10</c>) and anything else have no place.
/// </summary>
internal static class AsOfTime
{
    /// <summary>The span from the start of the first period to the end of the last, in decimal years; null when not a date.</summary>
    public static (double From, double To)? Span(string? asOf)
    {
        if (string.IsNullOrWhiteSpace(asOf))
        {
            return null;
        }

        var slash = asOf.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Period(asOf) is { } period ? (Decimal(period.Start), Decimal(period.End)) : null;
        }

        var from = Period(asOf[..slash]);
        var to = Period(asOf[(slash + 1)..]);
        if (from is null || to is null || to.Value.End <= from.Value.Start)
        {
            return null;
        }

        return (Decimal(from.Value.Start), Decimal(to.Value.End));
    }

    // The period as [start, end): a year, a month or a day.
    private static (DateOnly Start, DateOnly End)? Period(string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (text.Length)
        {
            case 4 when int.TryParse(text, NumberStyles.None, invariant, out var year) && year is >= 1 and <= 9998:
                var start = new DateOnly(year, 1, 1);
                return (start, start.AddYears(1));
            case 7 when DateOnly.TryParseExact(text, "yyyy-MM", invariant, DateTimeStyles.None, out var month) && month.Year < 9999:
                return (month, month.AddMonths(1));
            case 10 when DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day) && day < DateOnly.MaxValue:
                return (day, day.AddDays(1));
            default:
                return null;
        }
    }

    private static double Decimal(DateOnly date) =>
        date.Year + ((date.DayOfYear - 1) / (DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0));
}
