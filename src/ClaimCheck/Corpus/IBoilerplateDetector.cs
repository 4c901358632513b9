using ClaimCheck.Text;

namespace ClaimCheck.Corpus;

/// <summary>Finds the parts of a document's text that are page furniture rather than article content.</summary>
public interface IBoilerplateDetector
{
    /// <summary>
    /// Returns the ranges of <paramref name="text"/> (LF line ends) that are not article content, in text order.
    /// Claim extraction ignores them; they become <see cref="Documents.Document.Skipped"/>.
    /// </summary>
    IReadOnlyList<TextRange> Detect(string text);
}
