using ClaimCheck.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Corpus;

/// <summary>Parses <c>claimcheck.yaml</c>, reporting problems as diagnostics with line numbers.</summary>
internal static class ManifestParser
{
    private const string DocumentsSection = "documents";

    /// <summary>The section of analysis settings, read by the matching stage; known here so it is not reported as unknown.</summary>
    internal const string MatchingSection = "matching";

    /// <summary>Every top-level section some stage reads: <c>matching:</c> is read by the analysis settings.</summary>
    private static readonly string[] Sections = [DocumentsSection, MatchingSection];

    /// <summary>
    /// Parses a manifest's text. Returns null when the file is unusable (it is not YAML, or not a mapping); a bad
    /// entry only loses that entry or value. Other known top-level sections are left for their stages; unknown ones are warned about.
    /// </summary>
    public static CorpusManifest? Parse(string yaml, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var root = YamlText.LoadRoot(yaml, displayPath, lineOffset: 0, DiagnosticSeverity.Error, diagnostics, out var ok);
        if (!ok)
        {
            return null;
        }

        var documents = new SortedDictionary<string, ManifestEntry>(StringComparer.Ordinal);
        switch (root)
        {
            case null:
                break;
            case YamlMappingNode mapping:
                if (YamlText.Child(mapping, DocumentsSection) is { } section)
                {
                    ReadDocuments(section, displayPath, documents, diagnostics);
                }

                WarnUnknownSections(mapping, displayPath, diagnostics);
                break;
            default:
                diagnostics.Add(Error(displayPath, root, $"expected a mapping with a '{DocumentsSection}:' section; manifest ignored. Start the file with '{DocumentsSection}:' and one entry per document."));
                return null;
        }

        return new CorpusManifest(displayPath, documents) { Root = root as YamlMappingNode };
    }

    /// <summary>
    /// Turns a manifest key into a document id: '/' separators, no <c>./</c>. Returns null for a key that is empty,
    /// rooted or climbs out of the corpus folder with <c>..</c>.
    /// </summary>
    public static string? NormalizeKey(string key)
    {
        var path = key.Trim().Replace('\\', '/');
        if (path.Length == 0 || path.StartsWith('/') || System.IO.Path.IsPathRooted(path) || path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
        return segments.Length == 0 || segments.Contains("..") ? null : string.Join('/', segments);
    }

    private static void ReadDocuments(
        YamlNode section,
        string displayPath,
        IDictionary<string, ManifestEntry> documents,
        ICollection<Diagnostic> diagnostics)
    {
        if (section is YamlScalarNode { Value: null or "" })
        {
            return;
        }

        if (section is not YamlMappingNode mapping)
        {
            diagnostics.Add(Error(displayPath, section, $"'{DocumentsSection}:' must map document paths to their metadata; write one 'path:' line per document with title, source, url, published indented under it."));
            return;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (NormalizeKey(key) is not { } id)
            {
                diagnostics.Add(Error(displayPath, keyNode, $"document path '{key}' points outside the corpus folder; entry ignored. Use a path relative to the corpus folder, inside it."));
                continue;
            }

            if (ReadEntry(value, displayPath, diagnostics) is not { } entry)
            {
                continue;
            }

            if (!documents.TryAdd(id, entry with { Line = YamlText.Line(keyNode) }))
            {
                diagnostics.Add(Error(displayPath, keyNode, $"document '{id}' is listed twice; the later entry is ignored. Merge the two entries."));
            }
        }
    }

    /// <summary>A misspelt section (<c>documnets:</c>) would otherwise lose all its metadata without a word.</summary>
    private static void WarnUnknownSections(YamlMappingNode mapping, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        foreach (var keyNode in mapping.Children.Keys)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!Sections.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, YamlText.Line(keyNode), $"unknown section '{key}' ignored (expected {string.Join(", ", Sections)}); check its spelling."));
            }
        }
    }

    private static ManifestEntry? ReadEntry(YamlNode node, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return new ManifestEntry(null, null, null, null);
        }

        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(Error(displayPath, node, "a document entry must be a mapping of title, source, url and published; entry ignored. Indent those keys under the document's path."));
            return null;
        }

        var (title, source, url, published) = YamlMetadata.Read(
            mapping,
            ignoreKeyCase: false,
            (node, message) => diagnostics.Add(Error(displayPath, node, message)),
            (keyNode, key) => diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, YamlText.Line(keyNode), $"unknown key '{key}' ignored (expected title, source, url, published); check its spelling.")));
        return new ManifestEntry(title, source, url, published);
    }

    private static Diagnostic Error(string path, YamlNode node, string message) =>
        new(DiagnosticSeverity.Error, path, YamlText.Line(node), message);
}
