namespace ClaimCheck.Corpus;

/// <summary>One document read from a jsonl line.</summary>
/// <param name="Line">1-based line of the file.</param>
/// <param name="Id">The <c>id</c> field.</param>
/// <param name="Text">The <c>text</c> field, with LF line ends.</param>
/// <param name="Metadata">The optional <c>title</c>, <c>source</c>, <c>url</c> and <c>published</c> fields.</param>
internal sealed record JsonlRecord(int Line, string Id, string Text, FormatMetadata Metadata);
