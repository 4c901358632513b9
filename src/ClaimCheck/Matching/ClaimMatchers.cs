using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>The matchers that come with ClaimCheck, and a way to make one from a scoring function.</summary>
public static class ClaimMatchers
{
    /// <summary>
    /// ClaimCheck's matcher: what is counted, what is said about it (the predicate's class, modality, subject, new or old),
    /// the story and era, and the words around the figure (see <c>docs/analysis.md</c>).
    /// </summary>
    public static IClaimMatcher Frame { get; } = new FrameClaimMatcher();

    /// <summary>
    /// A matcher from a function that scores two claims 0–100: every pair of claims of one kind is a candidate, nothing is
    /// kept apart and groups get no label words. For trying another similarity on the benchmarks, not for large corpora
    /// (it compares every pair of a kind).
    /// </summary>
    public static IClaimMatcher FromScore(Func<Claim, Claim, double> score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new ScoreFunctionMatcher(score);
    }
}
