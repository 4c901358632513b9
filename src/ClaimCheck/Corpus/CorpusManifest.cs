using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Corpus;

/// <summary>
/// The parsed <c>claimcheck.yaml</c> of a corpus folder. Its <c>documents:</c> section gives per-document
/// metadata; other top-level sections are kept unparsed in <see cref="Root"/> for the stages they belong to.
/// </summary>
/// <param name="Path">The manifest file, as given (folder as given plus file name).</param>
/// <param name="Documents">Entries by document id: the path relative to the corpus folder with '/' separators, or a jsonl id.</param>
public sealed record CorpusManifest(string Path, IReadOnlyDictionary<string, ManifestEntry> Documents)
{
    /// <summary>The manifest's file name in a corpus folder.</summary>
    public const string FileName = "claimcheck.yaml";

    /// <summary>
    /// The whole YAML mapping, so that later stages can read their own sections (e.g. <c>matching:</c>) without
    /// parsing the file again. Null for an empty manifest.
    /// </summary>
    internal YamlMappingNode? Root { get; init; }
}
