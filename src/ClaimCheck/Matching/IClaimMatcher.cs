using ClaimCheck.Consistency;
using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>
/// Decides which claims state the same quantity. The analysis hands a matcher all its claims once
/// (<see cref="Prepare"/>) and groups them by what the returned comparisons say. ClaimCheck's own is
/// <see cref="ClaimMatchers.Frame"/>; plug in another through <see cref="AnalysisOptions.Matcher"/> to compare it on the
/// benchmarks.
/// </summary>
public interface IClaimMatcher
{
    /// <summary>Reads the claims of one analysis (dates excluded) and their documents, once, and returns how to compare them.</summary>
    /// <param name="claims">The claims to group, in analysis order: comparisons speak of them by index.</param>
    /// <param name="documents">Each document's publication date and headline, by document id.</param>
    /// <param name="settings">The analysis settings (threshold, time window, history).</param>
    IClaimComparisons Prepare(IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, DocumentContext> documents, AnalysisSettings settings);
}
