
namespace ClaimCheck.Matching;

/// <summary>Claims the matcher put together, before any verdict.</summary>
/// <param name="Members">The claims, in analysis order.</param>
/// <param name="Evidence">The links that joined the group (one fewer than its members, unless a person merged more), with reasons.</param>
/// <param name="MeanScore">Mean score of every pair at or above the threshold inside the group (links and the rest), or null for a single claim.</param>
/// <param name="LabelWords">Up to three context words that say what the group is about, as written: the most weight shared by most members.</param>
internal sealed record MatchGroup(IReadOnlyList<GroupedClaim> Members, IReadOnlyList<MatchEvidence> Evidence, double? MeanScore, IReadOnlyList<string> LabelWords)
{
    /// <summary>
    /// The pairs of members (by <see cref="GroupedClaim.Index"/>) that matched each other directly. Members joined through
    /// others are in one group but were never compared, so only these pairs can conflict; empty when nothing matched
    /// (a single claim, or a group people merged).
    /// </summary>
    public IReadOnlyList<(int Left, int Right)> Matched { get; init; } = [];

    /// <summary>The best score (0–100) a member had with a claim outside the group: 0 when nothing came close.</summary>
    public double NearestOutside { get; init; }
}
