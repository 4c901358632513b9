namespace ClaimCheck.Baseline;

/// <summary>Where a finding is, for annotations: a file (relative, '/' separators) and, when the claim still exists, its line and column (1-based).</summary>
public sealed record FindingLocation(string File, int? Line, int? Column, int? EndLine, int? EndColumn);
