using System.Globalization;
using ClaimCheck.Extraction;

namespace ClaimCheck.Baseline;

/// <summary>A claim's figure in a few words for messages: <c>more than 800 new weapon</c>, <c>10–20 percent</c>.</summary>
internal static class FigureText
{
    public static string Of(Qualifier qualifier, double? value, double? low, double? high, string? unit)
    {
        var number = low is { } l && high is { } h ? Format(l) + "–" + Format(h) : value is { } v ? Format(v) : "?";
        var hedge = qualifier switch
        {
            Qualifier.MoreThan => "more than ",
            Qualifier.AtLeast => "at least ",
            Qualifier.LessThan => "less than ",
            Qualifier.AtMost => "up to ",
            Qualifier.Approximate => "about ",
            Qualifier.Increase => "up ",
            Qualifier.Decrease => "down ",
            _ => string.Empty,
        };
        return unit is null ? hedge + number : hedge + number + " " + unit;
    }

    private static string Format(double value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);
}
