using ClaimCheck.Matching;

namespace ClaimCheck.Consistency;

/// <summary>Claims that state the same figure about the same thing, with the verdict on them.</summary>
/// <param name="Id">Stable id derived from the member claim ids.</param>
/// <param name="Label">What the figure is about, for people: <c>military products (count)</c>.</param>
/// <param name="ClaimIds">Members ordered by <c>asOf</c>, then document, then position.</param>
/// <param name="Verdict">Agreement, change, discrepancy or single.</param>
/// <param name="Confidence">0–1: how sure the verdict is.</param>
/// <param name="Explanation">One plain-English sentence; when a person overrode the verdict, theirs (<c>Analyst's verdict: …</c>).</param>
/// <param name="Members">Each claim's interval, time and whether it repeats another's passage.</param>
/// <param name="Conflicts">For discrepancies: exactly which claims conflict and why.</param>
/// <param name="Change">For changes: direction and size.</param>
/// <param name="Matches">The evidence that grouped the claims.</param>
/// <param name="IndependentSources">Number of documents stating it, copies of the same passage counted once.</param>
/// <param name="Review">What a person decided about the group, when someone did; <see cref="Verdict"/> is then the person's verdict.</param>
public sealed record ClaimGroup(
    string Id,
    string Label,
    IReadOnlyList<string> ClaimIds,
    Verdict Verdict,
    double Confidence,
    string Explanation,
    IReadOnlyList<GroupMember> Members,
    IReadOnlyList<Conflict> Conflicts,
    ChangeSummary? Change,
    IReadOnlyList<MatchEvidence> Matches,
    int IndependentSources,
    GroupReview? Review = null);
