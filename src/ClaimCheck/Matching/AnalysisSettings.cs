namespace ClaimCheck.Matching;

/// <summary>
/// The tunable numbers of matching and verdicts, with their documented defaults. A corpus can set them in
/// its manifest, <c>claimcheck.yaml</c>:
/// <code>
/// matching:
///   threshold: 62          # 0-100: pairs scoring at least this are the same claim
///   timeWindowDays: 180    # single dates (publication dates) this close are "the same time"
///   roundTolerance: 0.05   # relative tolerance of round figures (30, 1,000, 2.5 million)
///   approximateTolerance: 0.10  # relative tolerance of "about", "some", "around"
///   historyYears: 15       # a figure this long before its article is history, compared only with its own time
/// </code>
/// </summary>
public sealed record AnalysisSettings
{
    /// <summary>The documented defaults.</summary>
    public static AnalysisSettings Default { get; } = new();

    /// <summary>Pairs of claims scoring at least this (0–100) are grouped as the same claim.</summary>
    public double Threshold { get; init; } = 62;

    /// <summary>Figures whose dates are at most this many days apart are compared as figures for the same time.</summary>
    public int TimeWindowDays { get; init; } = 180;

    /// <summary>Relative tolerance of a round figure written as exact (one or two significant digits): 30 allows 28.5–31.5.</summary>
    public double RoundTolerance { get; init; } = 0.05;

    /// <summary>Relative tolerance of an approximate figure: <c>about 30</c> allows 27–33; <c>nearly 30</c> allows 27–30.</summary>
    public double ApproximateTolerance { get; init; } = 0.10;

    /// <summary>
    /// A figure whose time ended more than this many years before its document was published is history there
    /// (<c>in 1985 the works employed 14,000 people</c> in a 2016 article): it is compared only with figures of its own time.
    /// </summary>
    public int HistoryYears { get; init; } = 15;
}
