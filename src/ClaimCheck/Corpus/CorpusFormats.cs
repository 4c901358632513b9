namespace ClaimCheck.Corpus;

/// <summary>Maps file extensions to <see cref="CorpusFormat"/>s.</summary>
internal static class CorpusFormats
{
    public const string Supported = ".txt, .md, .markdown, .html, .htm, .jsonl";

    public static CorpusFormat Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => CorpusFormat.Text,
        ".md" or ".markdown" => CorpusFormat.Markdown,
        ".html" or ".htm" => CorpusFormat.Html,
        ".jsonl" => CorpusFormat.Jsonl,
        _ => CorpusFormat.Unsupported,
    };
}
