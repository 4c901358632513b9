using ClaimCheck.Diffing;

namespace ClaimCheck.Comparison;

/// <summary>A line of a whole-text diff with edits in it, and how many unchanged lines with text come before it.</summary>
/// <param name="Segments">The line's runs, without its line end.</param>
/// <param name="UnchangedBefore">Unchanged lines (blank ones aside) between this line and the previous shown one, or the start.</param>
public sealed record DiffLine(IReadOnlyList<DiffSegment> Segments, int UnchangedBefore);
