using ClaimCheck.Diffing;

namespace ClaimCheck.Comparison;

/// <summary>Converts between the public runs of <see cref="DocumentComparison.Diff"/> and the report writers' <see cref="DiffSegment"/>s.</summary>
internal static class DiffSegments
{
    public static TextSegment ToText(DiffSegment segment) => new(
        segment.Kind switch
        {
            DiffKind.Removed => TextSegmentKind.Deleted,
            DiffKind.Added => TextSegmentKind.Inserted,
            _ => TextSegmentKind.Equal,
        },
        segment.Text);

    public static DiffSegment ToDiff(TextSegment segment) => new(
        segment.Kind switch
        {
            TextSegmentKind.Deleted => DiffKind.Removed,
            TextSegmentKind.Inserted => DiffKind.Added,
            _ => DiffKind.Same,
        },
        segment.Text);
}
