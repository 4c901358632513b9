
namespace ClaimCheck.Consistency;

/// <summary>What a person decided about a group, shown in reports beside the machine's own opinion.</summary>
/// <param name="Action"><c>confirm</c> or <c>override</c> (or <c>split</c>/<c>merge</c> when a person shaped the group).</param>
/// <param name="Verdict">The verdict the person holds.</param>
/// <param name="MachineVerdict">The verdict ClaimCheck reached on its own.</param>
/// <param name="Note">The reviewer's note.</param>
/// <param name="Reviewer">Who.</param>
/// <param name="Date">When.</param>
public sealed record GroupReview(ReviewAction Action, Verdict Verdict, Verdict MachineVerdict, string? Note, string? Reviewer, string? Date);
