using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>
/// One source text of a corpus, with its metadata. <see cref="Text"/> is the decoded file text
/// (for HTML: the extracted main text; for jsonl: the <c>text</c> field). Claim offsets point into it.
/// </summary>
/// <param name="Id">Stable identifier: the jsonl <c>id</c>, else the path relative to the corpus root, with '/' separators.</param>
/// <param name="Path">Path relative to the corpus root ('/' separators), or the jsonl file plus line for jsonl documents.</param>
/// <param name="Title">Title from the manifest, front matter or inference; null when none was found.</param>
/// <param name="Source">Publisher or outlet name, when known.</param>
/// <param name="Url">Address of the original page, when known.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="DateSource">Where <see cref="Published"/> came from.</param>
/// <param name="Text">The full text the claims' offsets refer to.</param>
/// <param name="Skipped">Ranges of <see cref="Text"/> that are not article content (banners, counters, front matter); extraction ignores them.</param>
public sealed record Document(
    string Id,
    string Path,
    string? Title,
    string? Source,
    string? Url,
    DateOnly? Published,
    DateSource DateSource,
    string Text,
    IReadOnlyList<TextRange> Skipped)
{
    /// <summary>Creates a document from plain text with no metadata, e.g. for library users and tests.</summary>
    public static Document FromText(string id, string text, DateOnly? published = null) =>
        new(id, id, null, null, null, published, published is null ? DateSource.None : DateSource.Manifest, text, []);
}
