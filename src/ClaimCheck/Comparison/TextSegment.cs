namespace ClaimCheck.Comparison;

/// <summary>
/// A run of a word diff. Put together in order, the <see cref="TextSegmentKind.Equal"/> and <see cref="TextSegmentKind.Deleted"/>
/// runs give the old text, and the <see cref="TextSegmentKind.Equal"/> and <see cref="TextSegmentKind.Inserted"/> runs the new one.
/// </summary>
public sealed record TextSegment(TextSegmentKind Kind, string Text);
