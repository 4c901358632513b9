using System.Globalization;

namespace ClaimCheck.Consistency;

/// <summary>
/// The set of values a claim allows: <c>more than 1,000</c> is (1000, ∞), <c>up to 30</c> is [0, 30],
/// <c>about 30</c> is [30 − t, 30 + t] for a documented tolerance t. Infinite ends are open.
/// </summary>
/// <param name="Low">Lower bound (may be <see cref="double.NegativeInfinity"/>).</param>
/// <param name="High">Upper bound (may be <see cref="double.PositiveInfinity"/>).</param>
/// <param name="LowOpen">Whether <see cref="Low"/> itself is excluded.</param>
/// <param name="HighOpen">Whether <see cref="High"/> itself is excluded.</param>
public sealed record Interval(double Low, double High, bool LowOpen = false, bool HighOpen = false)
{
    /// <summary>Whether some value lies in both intervals.</summary>
    public bool Overlaps(Interval other)
    {
        var low = Math.Max(Low, other.Low);
        var high = Math.Min(High, other.High);
        if (low < high)
        {
            return true;
        }

        if (low > high)
        {
            return false;
        }

        // Touching at one point: both must include it.
        var lowOpen = Low == low ? LowOpen : other.LowOpen;
        var otherLowOpen = other.Low == low ? other.LowOpen : LowOpen;
        var highOpen = High == high ? HighOpen : other.HighOpen;
        var otherHighOpen = other.High == high ? other.HighOpen : HighOpen;
        return !(lowOpen || otherLowOpen || highOpen || otherHighOpen);
    }

    /// <summary>Interval notation: <c>(1000, ∞)</c>, <c>[0, 30]</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(LowOpen ? '(' : '[')}{Format(Low)}, {Format(High)}{(HighOpen ? ')' : ']')}");

    private static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : double.IsNegativeInfinity(value) ? "-∞" : value.ToString("0.####", CultureInfo.InvariantCulture);
}
