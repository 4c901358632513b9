using System.Globalization;

namespace ClaimCheck.Matching;

/// <summary>A claim's <c>asOf</c> read back as a period: <c>2019</c>, <c>2019-05</c>, <c>2019-05-10</c>, <c>2018-01/2018-06</c>.</summary>
internal readonly record struct AsOfPeriod(DateOnly From, DateOnly To)
{
    public static AsOfPeriod? Parse(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }

        var slash = iso.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            var first = Parse(iso[..slash]);
            var last = Parse(iso[(slash + 1)..]);
            return first is { } f && last is { } l ? new AsOfPeriod(f.From, l.To) : null;
        }

        var parts = iso.Split('-');
        if (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new AsOfPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return new AsOfPeriod(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        }

        return int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new AsOfPeriod(new DateOnly(year, month, day), new DateOnly(year, month, day))
            : null;
    }

    /// <summary>The middle of the period, to place it on a time line and measure spans.</summary>
    public DateOnly Middle => From.AddDays((To.DayNumber - From.DayNumber) / 2);

    /// <summary>Days between the two periods; 0 when they overlap.</summary>
    public int DaysApart(AsOfPeriod other) =>
        other.From > To ? other.From.DayNumber - To.DayNumber : From > other.To ? From.DayNumber - other.To.DayNumber : 0;
}
