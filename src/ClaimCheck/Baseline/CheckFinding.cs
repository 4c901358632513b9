using ClaimCheck.Consistency;
using ClaimCheck.Extraction;

namespace ClaimCheck.Baseline;

/// <summary>One thing that changed between the baseline and the corpus.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="DocumentId">The document it is in.</param>
/// <param name="Message">One line saying exactly what changed: claim, old and new figure, verdict before and after.</param>
/// <param name="Old">The claim as the baseline has it, when there was one.</param>
/// <param name="New">The claim as the corpus has it now, when there is one (it has the location).</param>
/// <param name="GroupId">The current group (or, for a removed claim, the baseline group).</param>
/// <param name="GroupLabel">That group's label.</param>
/// <param name="VerdictBefore">The group's verdict in the baseline, when it existed.</param>
/// <param name="VerdictAfter">The group's verdict now, when it exists.</param>
public sealed record CheckFinding(
    FindingKind Kind,
    string DocumentId,
    string Message,
    BaselineClaim? Old,
    Claim? New,
    string? GroupId,
    string? GroupLabel,
    Verdict? VerdictBefore,
    Verdict? VerdictAfter);
