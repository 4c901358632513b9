namespace ClaimCheck.Corpus;

/// <summary>A file found in a corpus folder.</summary>
/// <param name="FullPath">Absolute path to read.</param>
/// <param name="RelativePath">Path relative to the corpus folder, with '/' separators: the document id.</param>
internal sealed record CorpusFile(string FullPath, string RelativePath);
