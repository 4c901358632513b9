using ClaimCheck.Extraction;

namespace ClaimCheck.Consistency;

/// <summary>
/// Turns a claim into the interval of values it allows. <c>more than 1,000</c> → (1000, ∞);
/// <c>at least 40</c> → [40, ∞); <c>up to 30</c> → [0, 30]; <c>under 20</c> → [0, 20); ranges and vague
/// amounts → [low, high]; <c>about 30</c> → 30 ± the approximate tolerance (<c>nearly</c>/<c>almost</c>: only
/// below); a round figure written as exact (<c>30</c>, <c>1,000</c>, <c>2.5 million</c>) → ± the round
/// tolerance; any other exact figure → itself. Changes (<c>rose 5%</c>) are intervals of the change.
/// </summary>
internal static class IntervalBuilder
{
    public static Interval For(Claim claim, AnalysisSettings settings)
    {
        var value = claim.Value ?? 0;
        var floor = claim.Kind is ClaimKind.Count or ClaimKind.Money or ClaimKind.Duration && value >= 0 ? 0 : double.NegativeInfinity;
        return claim.Qualifier switch
        {
            Qualifier.MoreThan => new Interval(value, double.PositiveInfinity, LowOpen: true, HighOpen: true),
            Qualifier.AtLeast => new Interval(value, double.PositiveInfinity, HighOpen: true),
            Qualifier.LessThan => new Interval(floor, value, LowOpen: double.IsInfinity(floor), HighOpen: true),
            Qualifier.AtMost => new Interval(floor, value, LowOpen: double.IsInfinity(floor)),
            Qualifier.Range when claim.Low is { } low && claim.High is { } high => new Interval(low, high),
            Qualifier.Approximate => Approximate(claim, value, settings.ApproximateTolerance),
            _ => Exact(claim, value, settings.RoundTolerance),
        };
    }

    /// <summary>
    /// Half a unit of the last digit written, for continuous quantities: <c>28 years</c> means 27.5–28.5,
    /// <c>1.5 percent</c> 1.45–1.55. Counts of things are exact: 32 representatives are 32.
    /// </summary>
    private static double Precision(Claim claim, double value)
    {
        if (claim.Kind is ClaimKind.Count or ClaimKind.Date)
        {
            return 0;
        }

        var digits = claim.Text.AsSpan();
        var dot = digits.LastIndexOf('.');
        var decimals = 0;
        if (dot >= 0)
        {
            while (dot + 1 + decimals < digits.Length && char.IsAsciiDigit(digits[dot + 1 + decimals]))
            {
                decimals++;
            }
        }

        return value == Math.Floor(value) && decimals == 0 ? 0.5 : 0.5 * Math.Pow(10, -Math.Max(decimals, 1));
    }

    /// <summary>One significant digit, or two ending in 5, and at least 10: <c>30</c>, <c>800</c>, <c>1,000</c>, <c>250</c>, <c>1.5 million</c>.</summary>
    public static bool IsRound(double value)
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

    private static Interval Exact(Claim claim, double value, double roundTolerance)
    {
        var delta = Math.Max(Precision(claim, value), IsRound(value) ? Math.Abs(value) * roundTolerance : 0);
        return new Interval(value - delta, value + delta);
    }

    private static Interval Approximate(Claim claim, double value, double tolerance)
    {
        var delta = Math.Abs(value) * tolerance;
        var belowOnly = claim.Text.StartsWith("nearly", StringComparison.OrdinalIgnoreCase) || claim.Text.StartsWith("almost", StringComparison.OrdinalIgnoreCase)
            || claim.Text.StartsWith("close to", StringComparison.OrdinalIgnoreCase) || claim.Text.StartsWith("just under", StringComparison.OrdinalIgnoreCase);
        return belowOnly ? new Interval(value - delta, value) : new Interval(value - delta, value + delta);
    }
}
