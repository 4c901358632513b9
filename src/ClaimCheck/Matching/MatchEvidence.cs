namespace ClaimCheck.Matching;

/// <summary>Why two claims were put in the same group: the matcher's score and its reasons.</summary>
/// <param name="LeftClaimId">One claim.</param>
/// <param name="RightClaimId">The other claim.</param>
/// <param name="Score">0–100; pairs at or above the threshold are grouped.</param>
/// <param name="Reasons">Plain-English reasons: <c>same unit (military product)</c>, <c>context words 82/100</c>.</param>
public sealed record MatchEvidence(string LeftClaimId, string RightClaimId, double Score, IReadOnlyList<string> Reasons);
