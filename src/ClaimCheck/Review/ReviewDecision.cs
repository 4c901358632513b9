using ClaimCheck.Consistency;

namespace ClaimCheck.Review;

/// <summary>One analyst decision of the decisions file (<c>reviews.yaml</c>).</summary>
/// <param name="Action">What was decided.</param>
/// <param name="Group">The group it is about (confirm, override); its id names its exact members, so a group that changed makes the decision stale.</param>
/// <param name="Claims">The claims it is about (split, merge, ignore).</param>
/// <param name="Verdict">The verdict confirmed or imposed.</param>
/// <param name="Note">Why, in the analyst's words.</param>
/// <param name="Reviewer">Who decided.</param>
/// <param name="Date">When (ISO date).</param>
/// <param name="Line">Line of the decision in the file, for messages (0 when not read from a file).</param>
public sealed record ReviewDecision(
    ReviewAction Action,
    string? Group,
    IReadOnlyList<string> Claims,
    Verdict? Verdict,
    string? Note,
    string? Reviewer,
    string? Date,
    int Line = 0);
