using ClaimCheck.Consistency;

namespace ClaimCheck.Matching;

/// <summary>Claims the matcher put together, with the evidence, before any verdict.</summary>
internal sealed record MatchGroup(IReadOnlyList<ClaimProfile> Members, IReadOnlyList<MatchEvidence> Evidence);
