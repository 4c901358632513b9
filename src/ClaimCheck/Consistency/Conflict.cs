namespace ClaimCheck.Consistency;

/// <summary>Two claims of a group whose figures cannot both be true at the same time.</summary>
/// <param name="LeftClaimId">The earlier claim (by <c>asOf</c>, then position).</param>
/// <param name="RightClaimId">The later claim.</param>
/// <param name="Reason">Why they conflict, in one sentence: <c>"more than 40" (40, ∞) and "up to 40" [0, 40] do not overlap.</c></param>
public sealed record Conflict(string LeftClaimId, string RightClaimId, string Reason);
