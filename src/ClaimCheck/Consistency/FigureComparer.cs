using ClaimCheck.Matching;

namespace ClaimCheck.Consistency;

/// <summary>
/// Whether two figures can both be true of one quantity at one time. Each allows what its qualifier and its precision
/// allow (<see cref="Figure.Allowed"/>); two stated ranges must agree at both ends (<c>$20 to $25 million</c> is not
/// <c>$20 to $22 million</c>); and a round figure may stand for a figure written more precisely within the round
/// tolerance (<c>1,000</c> for <c>1,012</c>, not <c>41 days</c> for <c>45 days</c>). Figures that are compatible but
/// not the same statement (<c>more than 50</c>, <c>over 60</c>) are told apart, so reports do not say they agree on one.
/// </summary>
internal static class FigureComparer
{
    public static FigureMatch Compare(Figure a, Figure b, AnalysisSettings settings)
    {
        if (a.IsStatedRange && b.IsStatedRange)
        {
            var ends = Near(a.Claim.Low!.Value, b.Claim.Low!.Value, a, b, settings) && Near(a.Claim.High!.Value, b.Claim.High!.Value, a, b, settings);
            return ends ? FigureMatch.Same : FigureMatch.Incompatible;
        }

        if (!a.Allowed.Overlaps(b.Allowed) && !RoundStandsFor(a, b, settings) && !RoundStandsFor(b, a, settings))
        {
            return FigureMatch.Incompatible;
        }

        return SameStatement(a, b) ? FigureMatch.Same : FigureMatch.Compatible;
    }

    /// <summary>The same words for the same figure: the same qualifier and value (a copy, or another outlet's exact wording).</summary>
    private static bool SameStatement(Figure a, Figure b) =>
        (a.Qualifier == b.Qualifier || (a.IsPoint && b.IsPoint && a.Qualifier != Extraction.Qualifier.Approximate && b.Qualifier != Extraction.Qualifier.Approximate))
        && Math.Abs(a.Central - b.Central) <= Math.Max(a.Precision, b.Precision) + (1e-9 * Math.Max(1, Math.Abs(a.Central)));

    /// <summary>
    /// A round figure (<c>30</c>, <c>1,000</c>, <c>2.5 million</c>) stands for a figure written with more digits within the round
    /// tolerance: an outlet that writes <c>1,000</c> may have rounded <c>1,012</c>. Not the other way round, and not between
    /// figures written alike: <c>45 days</c> does not stand for <c>41 days</c>.
    /// </summary>
    private static bool RoundStandsFor(Figure round, Figure precise, AnalysisSettings settings) =>
        round.IsRound && round.IsPoint && round.SignificantDigits < precise.SignificantDigits
        && Reaches(precise, round.Central, Math.Abs(round.Central) * settings.RoundTolerance);

    /// <summary>Whether <paramref name="figure"/> comes within <paramref name="tolerance"/> of <paramref name="value"/>: its value when it states one, else what it allows.</summary>
    private static bool Reaches(Figure figure, double value, double tolerance) =>
        figure.IsPoint && figure.Qualifier != Extraction.Qualifier.Approximate
            ? Math.Abs(figure.Central - value) <= tolerance
            : figure.Allowed.Overlaps(new Interval(value - tolerance, value + tolerance));

    private static bool Near(double x, double y, Figure a, Figure b, AnalysisSettings settings)
    {
        var tolerance = Math.Max(a.Precision, b.Precision) + (1e-9 * Math.Max(1, Math.Abs(x)));
        return Math.Abs(x - y) <= tolerance
            || ((a.IsRound || b.IsRound) && a.SignificantDigits != b.SignificantDigits && Math.Abs(x - y) <= Math.Max(Math.Abs(x), Math.Abs(y)) * settings.RoundTolerance);
    }
}

/// <summary>How two figures relate.</summary>
internal enum FigureMatch
{
    /// <summary>Both cannot be true of one quantity at one time.</summary>
    Incompatible,

    /// <summary>Both can be true, but they say different things: <c>more than 50</c> and <c>over 60</c>, <c>about 450</c> and <c>more than 440</c>.</summary>
    Compatible,

    /// <summary>The same figure, as written or within its precision.</summary>
    Same,
}
