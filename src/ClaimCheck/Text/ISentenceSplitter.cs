
namespace ClaimCheck.Text;

/// <summary>Splits a document's content into sentences. Replace it to plug in another segmenter.</summary>
public interface ISentenceSplitter
{
    /// <summary>Returns the sentences of <paramref name="text"/>, in order, outside the <paramref name="skipped"/> ranges.</summary>
    IReadOnlyList<Sentence> Split(string text, IReadOnlyList<TextRange> skipped);
}
