using ClaimCheck.Diffing;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck.Comparison;

/// <summary>
/// Compares two versions of a text: <c>TextComparer.Compare(oldDocument, newDocument)</c> extracts the claims of both,
/// pairs them (unchanged, changed, added, removed) and diffs the whole text word by word.
/// </summary>
public static class TextComparer
{
    /// <summary>Compares two documents with the default extractor.</summary>
    public static DocumentComparison Compare(Document old, Document @new) => Compare(old, @new, ClaimExtractor.Default);

    /// <summary>Compares two plain texts, with no metadata: <c>TextComparer.Compare("800 weapons were shown.", "900 weapons were shown.")</c>.</summary>
    public static DocumentComparison Compare(string oldText, string newText) =>
        Compare(Document.FromText("old", oldText), Document.FromText("new", newText));

    /// <summary>Compares two documents, extracting their claims with <paramref name="extractor"/>.</summary>
    public static DocumentComparison Compare(Document old, Document @new, IClaimExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        ArgumentNullException.ThrowIfNull(extractor);
        var diff = WordDiff.ComputeText(old.Text, @new.Text).Select(DiffSegments.ToText).ToList();
        var changes = ClaimPairer.Pair(extractor.Extract(old), extractor.Extract(@new), diff);
        return new DocumentComparison(old, @new, changes, ComparisonSummary.Of(changes), diff);
    }
}
