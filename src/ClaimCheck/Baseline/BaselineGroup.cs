using ClaimCheck.Consistency;

namespace ClaimCheck.Baseline;

/// <summary>A group as a baseline keeps it: its members and verdict.</summary>
public sealed record BaselineGroup(string Id, string Label, Verdict Verdict, IReadOnlyList<string> ClaimIds);
