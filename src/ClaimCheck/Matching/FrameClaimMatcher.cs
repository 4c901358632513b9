using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>ClaimCheck's own matcher: profiles every claim once (<see cref="ClaimProfiler"/>), then compares profiles (<see cref="FrameMatcher"/>).</summary>
internal sealed class FrameClaimMatcher : IClaimMatcher
{
    public IClaimComparisons Prepare(IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, DocumentContext> documents, AnalysisSettings settings) =>
        new FrameComparisons(ClaimProfiler.ProfileAll(claims, documents, settings), new FrameMatcher(settings), settings);
}
