using ClaimCheck.Documents;

namespace ClaimCheck.Comparison;

/// <summary>Two versions of a text compared: their claims paired and classified, and a word diff of the whole text.</summary>
/// <param name="Old">The old version.</param>
/// <param name="New">The new version.</param>
/// <param name="ClaimChanges">
/// Every claim of both versions exactly once: figures first, then dates, each in the order of the new text (a removed claim
/// where it stood).
/// </param>
/// <param name="Summary">The count of each kind of change.</param>
/// <param name="Diff">The word diff of <see cref="Document.Text"/>, old to new.</param>
public sealed record DocumentComparison(
    Document Old,
    Document New,
    IReadOnlyList<ClaimChange> ClaimChanges,
    ComparisonSummary Summary,
    IReadOnlyList<TextSegment> Diff)
{
    /// <summary>True when the texts have no word differences at all (white space included).</summary>
    public bool Identical => Diff.All(s => s.Kind == TextSegmentKind.Equal);
}
