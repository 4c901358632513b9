namespace ClaimCheck.Matching;

/// <summary>
/// What people decided about grouping, for the matcher to respect: claims to leave out, pairs that must
/// stay apart (a rejected match) and sets that must be together (a merge).
/// </summary>
public sealed record GroupingConstraints(
    IReadOnlySet<string> Excluded,
    IReadOnlyList<(string Left, string Right)> CannotLink,
    IReadOnlyList<(IReadOnlyList<string> Claims, string Reason)> MustLink)
{
    /// <summary>No constraints: claims are grouped by matching alone.</summary>
    public static GroupingConstraints None { get; } = new(new HashSet<string>(StringComparer.Ordinal), [], []);
}
