
namespace ClaimCheck.Documents;

/// <summary>A document as written to JSON outputs: its metadata without its text.</summary>
public sealed record DocumentSummary(string Id, string Path, string? Title, string? Source, string? Url, DateOnly? Published, DateSource DateSource)
{
    /// <summary>Words of a title kept when it names a document in a sentence.</summary>
    private const int ShortTitleWords = 8;

    /// <summary>The metadata of <paramref name="document"/>, without its text.</summary>
    public static DocumentSummary From(Document document) =>
        new(document.Id, document.Path, document.Title, document.Source, document.Url, document.Published, document.DateSource);

    /// <summary>
    /// How explanations and lists name the document in a sentence: its outlet, else its title (cut to eight words), else
    /// its file name; a hashed file name says nothing to a reader when the page has a title.
    /// </summary>
    public string ShortName()
    {
        if (!string.IsNullOrWhiteSpace(Source))
        {
            return Source;
        }

        if (!string.IsNullOrWhiteSpace(Title))
        {
            var words = Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length <= ShortTitleWords ? Title : string.Join(' ', words[..ShortTitleWords]) + "…";
        }

        return FileName();
    }

    /// <summary>The name of the file the document was read from (for a jsonl line, the jsonl file's), else its id.</summary>
    public string FileName() => System.IO.Path.GetFileName(Path) is { Length: > 0 } name ? name : Id;
}
