using ClaimCheck.Text;

namespace ClaimCheck.Corpus;

/// <summary>Reads a document's title, source and publication date from its text, for documents without metadata.</summary>
public interface IMetadataInferrer
{
    /// <summary>Infers metadata from <paramref name="text"/> (LF line ends).</summary>
    /// <param name="text">The document text.</param>
    /// <param name="skipped">The ranges found to be page furniture, in text order; a title is never taken from them.</param>
    InferredMetadata Infer(string text, IReadOnlyList<TextRange> skipped);
}
