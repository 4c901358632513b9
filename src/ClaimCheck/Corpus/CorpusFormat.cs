namespace ClaimCheck.Corpus;

/// <summary>The file formats a corpus may hold.</summary>
internal enum CorpusFormat
{
    Unsupported,
    Text,
    Markdown,
    Html,
    Jsonl,
}
