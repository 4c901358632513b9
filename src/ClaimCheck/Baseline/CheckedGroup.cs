using ClaimCheck.Consistency;

namespace ClaimCheck.Baseline;

/// <summary>A group as <c>check</c> reports it: one JUnit test case each.</summary>
/// <param name="Id">Current group id, or the baseline's for a group that is gone.</param>
/// <param name="Label">What the figure is about.</param>
/// <param name="VerdictBefore">Verdict in the baseline (null for a new group).</param>
/// <param name="VerdictAfter">Verdict now (null for a group that is gone).</param>
public sealed record CheckedGroup(string Id, string Label, Verdict? VerdictBefore, Verdict? VerdictAfter);
