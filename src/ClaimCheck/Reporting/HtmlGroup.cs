using ClaimCheck.Consistency;

namespace ClaimCheck.Reporting;

/// <summary>One group card of the HTML report.</summary>
/// <param name="Id">The group id, which <c>review --accept</c> and the other decisions name.</param>
/// <param name="Label">What the figure is about.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Confidence">Whole percent.</param>
/// <param name="Explanation">One sentence.</param>
/// <param name="Change">For changes, the humanized description.</param>
/// <param name="Conflicts">For discrepancies, each conflict's reason.</param>
/// <param name="Documents">Distinct documents stating it.</param>
/// <param name="IndependentSources">Documents, copies of one passage counted once.</param>
/// <param name="Copies">Whether copies were counted once.</param>
/// <param name="Evidence">The members in the group's order.</param>
/// <param name="Review">What a person decided, in one sentence, or null.</param>
/// <param name="ConflictsOverridden">Whether <paramref name="Conflicts"/> are what ClaimCheck had found before a person overrode its discrepancy.</param>
internal sealed record HtmlGroup(
    string Id,
    string Label,
    Verdict Verdict,
    int Confidence,
    string Explanation,
    string? Change,
    IReadOnlyList<string> Conflicts,
    int Documents,
    int IndependentSources,
    bool Copies,
    IReadOnlyList<HtmlEvidence> Evidence,
    string? Review = null,
    bool ConflictsOverridden = false);
