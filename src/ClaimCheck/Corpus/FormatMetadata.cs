using ClaimCheck.Documents;
using ClaimCheck.Text;

namespace ClaimCheck.Corpus;

/// <summary>
/// Metadata a file carries itself (Markdown front matter, HTML meta tags, jsonl fields), before the manifest
/// and inference are applied.
/// </summary>
/// <param name="Title">Title, or null.</param>
/// <param name="Source">Outlet, or null.</param>
/// <param name="Url">Address, or null.</param>
/// <param name="Published">Publication date, or null.</param>
/// <param name="DateSource">Where <paramref name="Published"/> came from when it is set.</param>
/// <param name="Skipped">Ranges of the text that are metadata, not content (the front matter block).</param>
internal sealed record FormatMetadata(
    string? Title,
    string? Source,
    string? Url,
    DateOnly? Published,
    DateSource DateSource,
    IReadOnlyList<TextRange> Skipped)
{
    public static FormatMetadata None { get; } = new(null, null, null, null, DateSource.None, []);
}
