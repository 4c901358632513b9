using System.Globalization;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;

namespace ClaimCheck.Consistency;

/// <summary>
/// A claim's figure as written, read for comparison: its value, how precisely it was written and what it allows.
/// <c>$1.8 trillion</c> is written to a tenth of a trillion, so it allows $1.75–1.85 trillion; <c>412,000 passengers</c> to
/// the thousand (412,000 ± 500); <c>32 representatives</c> exactly; <c>30</c> is round and may stand for a figure
/// written more precisely near it (see <see cref="FigureComparer"/>).
/// </summary>
/// <param name="Claim">The claim.</param>
/// <param name="Central">The value a comparison starts from: the value, or the middle of a range.</param>
/// <param name="Precision">Half the unit of the last digit written, in the claim's own units (0 for an exact count).</param>
/// <param name="SignificantDigits">How many digits the figure was written with (<c>1.845</c>: 4, <c>412,000</c>: 3, <c>30</c>: 1).</param>
/// <param name="IsRound">One significant digit, or two ending in 5, and at least 10: <c>30</c>, <c>1,000</c>, <c>250</c>, <c>1.5 million</c>.</param>
/// <param name="IsVague">A vague amount in words (<c>dozens of</c>, <c>hundreds of</c>): a range, but not two figures stated.</param>
/// <param name="Allowed">The values the figure allows as stated: its qualifier and its precision, no rounding tolerance.</param>
internal sealed record Figure(Claim Claim, double Central, double Precision, int SignificantDigits, bool IsRound, bool IsVague, Interval Allowed)
{
    public Qualifier Qualifier => Claim.Qualifier;

    /// <summary>A stated point, hedged or not: exact, approximate, or a rise or fall of a stated size.</summary>
    public bool IsPoint => Qualifier is Qualifier.Exact or Qualifier.Approximate or Qualifier.Increase or Qualifier.Decrease;

    /// <summary>A bound: more than, at least, less than, up to.</summary>
    public bool IsBound => Qualifier is Qualifier.MoreThan or Qualifier.AtLeast or Qualifier.LessThan or Qualifier.AtMost;

    /// <summary>Two figures stated as a range: <c>between 20 and 25</c>, <c>$20 to $25 million</c>.</summary>
    public bool IsStatedRange => Qualifier == Qualifier.Range && !IsVague;

    public static Figure Of(Claim claim, AnalysisSettings settings)
    {
        var value = claim.Value ?? 0;
        var (written, decimals, significant) = Written(claim.Text);
        var isRange = claim.Qualifier == Qualifier.Range && claim.Low is not null && claim.High is not null;
        var vague = isRange && written is null;

        // Digits after the point, times the scale the words add: "1.8 trillion" is written to 0.1 × 10^12.
        var scale = written is { } w && w != 0 ? Math.Abs(value / w) : 1;
        double unit;
        if (decimals > 0)
        {
            unit = Math.Pow(10, -decimals) * scale;
        }
        else if (significant >= 2 && written is { } whole && Math.Abs(whole) >= 1000)
        {
            unit = Math.Pow(10, TrailingZeros(whole)) * scale; // "412,000": to the thousand
        }
        else
        {
            unit = claim.Kind is ClaimKind.Count ? 0 : scale; // "32 representatives" exactly; "28 years" to the year
        }

        var precision = unit / 2;
        var central = isRange ? (claim.Low!.Value + claim.High!.Value) / 2 : value;
        return new Figure(claim, central, precision, Math.Max(1, significant), IsRoundValue(value), vague, AllowedBy(claim, value, precision, vague, settings));
    }

    /// <summary>One significant digit, or two ending in 5, and at least 10: <c>30</c>, <c>800</c>, <c>1,000</c>, <c>250</c>, <c>1.5 million</c>.</summary>
    internal static bool IsRoundValue(double value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude < 10)
        {
            return false;
        }

        var scale = Math.Pow(10, Math.Floor(Math.Log10(magnitude)));
        var leading = magnitude / scale;
        return IsWhole(leading) || IsWhole(leading * 2);
    }

    private static bool IsWhole(double x) => Math.Abs(x - Math.Round(x)) < 1e-9;

    private static Interval AllowedBy(Claim claim, double value, double precision, bool vague, AnalysisSettings settings)
    {
        var floor = claim.Kind is ClaimKind.Count or ClaimKind.Money or ClaimKind.Duration && value >= 0 ? 0 : double.NegativeInfinity;
        return claim.Qualifier switch
        {
            Qualifier.MoreThan => new Interval(value, double.PositiveInfinity, LowOpen: true, HighOpen: true),
            Qualifier.AtLeast => new Interval(value, double.PositiveInfinity, HighOpen: true),
            Qualifier.LessThan => new Interval(floor, value, LowOpen: double.IsInfinity(floor), HighOpen: true),
            Qualifier.AtMost => new Interval(floor, value, LowOpen: double.IsInfinity(floor)),
            Qualifier.Range when claim.Low is { } low && claim.High is { } high => vague ? new Interval(low, high) : new Interval(low - precision, high + precision),
            Qualifier.Approximate => Approximate(claim, value, Math.Max(Math.Abs(value) * settings.ApproximateTolerance, precision)),
            _ => new Interval(value - precision, value + precision),
        };
    }

    private static Interval Approximate(Claim claim, double value, double delta) =>
        IsBelowOnly(claim.Text) ? new Interval(value - delta, value) : new Interval(value - delta, value + delta);

    /// <summary><c>nearly 30</c>, <c>almost</c>, <c>close to</c>, <c>just under</c>: an approximate figure that allows only values below it.</summary>
    internal static bool IsBelowOnly(string text) =>
        text.StartsWith("nearly", StringComparison.OrdinalIgnoreCase) || text.StartsWith("almost", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("close to", StringComparison.OrdinalIgnoreCase) || text.StartsWith("just under", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first number written in digits in the claim's text, its decimals and its significant digits; null when it is written in words.</summary>
    private static (double? Value, int Decimals, int Significant) Written(string text)
    {
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            return (null, 0, 1);
        }

        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || ((text[end] is ',' or '.') && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            end++;
        }

        var digits = text[start..end];
        var dot = digits.LastIndexOf('.');

        // "1,000" groups thousands; a comma followed by other than three digits is not a thousands group, but such figures are rare.
        var decimals = dot >= 0 && !IsThousandsGroup(digits, dot) ? digits.Length - dot - 1 : 0;
        var plain = decimals > 0 ? digits.Replace(",", string.Empty, StringComparison.Ordinal) : digits.Replace(",", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        if (!double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return (null, 0, 1);
        }

        var significant = plain.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        if (decimals == 0)
        {
            significant = significant.TrimEnd('0');
        }

        return (value, decimals, Math.Max(1, significant.Length));
    }

    /// <summary><c>1.000</c> in "1.000 euros" may be a European thousands group; we only read a point as decimal when it is not followed by exactly three digits and more groups.</summary>
    private static bool IsThousandsGroup(string digits, int dot) => digits.Count(c => c == '.') > 1;

    private static int TrailingZeros(double whole)
    {
        var n = (long)Math.Abs(whole);
        var zeros = 0;
        while (n > 0 && n % 10 == 0)
        {
            n /= 10;
            zeros++;
        }

        return zeros;
    }
}
