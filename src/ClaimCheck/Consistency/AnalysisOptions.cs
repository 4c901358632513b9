using ClaimCheck.Matching;

namespace ClaimCheck.Consistency;

/// <summary>
/// How to analyse: the tunable numbers, the matcher that decides which claims are one quantity, and what people decided
/// about grouping. <c>new AnalysisOptions { Matcher = ClaimMatchers.FromScore(MyScore) }</c> compares another matcher
/// on the same corpus.
/// </summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults: the frame matcher, the default settings, no analyst constraints.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Threshold, time window, tolerances, history (from the corpus manifest's <c>matching:</c> section).</summary>
    public AnalysisSettings Settings { get; init; } = AnalysisSettings.Default;

    /// <summary>The matcher: <see cref="ClaimMatchers.Frame"/> unless another is plugged in.</summary>
    public IClaimMatcher Matcher { get; init; } = ClaimMatchers.Frame;

    /// <summary>Claims people left out, kept apart or merged (from <c>reviews.yaml</c>).</summary>
    public GroupingConstraints Constraints { get; init; } = GroupingConstraints.None;
}
