namespace ClaimCheck.Corpus;

/// <summary>The state of one <see cref="CorpusLoader.Load"/> call: what has been loaded and reported so far.</summary>
internal sealed class CorpusLoadSession(CorpusLoadOptions options)
{
    private const string StdinPath = "-";

    private readonly List<Document> documents = [];
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<CorpusManifest> manifests = [];

    // Manifests by folder, so a folder named twice, or several files of one folder, read its manifest once.
    private readonly Dictionary<string, CorpusManifest?> manifestsByFolder = new(StringComparer.Ordinal);

    // Files already loaded, so a file named twice (directly and through its folder) is loaded once.
    private readonly HashSet<string> loadedFiles = new(StringComparer.Ordinal);

    // Manifest entries that matched a document, to report the rest of a folder's manifest as unused.
    private readonly Dictionary<CorpusManifest, HashSet<string>> usedEntries = new(ReferenceEqualityComparer.Instance);

    // Manifests of folders loaded whole; only these are expected to be used in full.
    private readonly HashSet<CorpusManifest> folderManifests = new(ReferenceEqualityComparer.Instance);

    // Document ids already used, with where they came from, to report clashes.
    private readonly Dictionary<string, string> ids = new(StringComparer.Ordinal);

    public CorpusLoadResult Result()
    {
        if (documents.Count == 0 && diagnostics.Count == 0) // nothing else explains the empty result
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "corpus", null, "no documents found; a corpus holds .txt, .md, .html or .jsonl files."));
        }

        // Naming one file of a folder uses one entry of its manifest, so only whole folders are checked.
        foreach (var manifest in manifests.Where(folderManifests.Contains))
        {
            foreach (var (id, entry) in manifest.Documents)
            {
                if (!usedEntries[manifest].Contains(id))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, manifest.Path, entry.Line, $"no document '{id}' in the corpus; entry unused"));
                }
            }
        }

        folderManifests.Clear();
        return new(documents.ToList(), diagnostics.ToList()) { Manifests = manifests.ToList() };
    }

    public void Load(string path)
    {
        if (path == StdinPath)
        {
            LoadStdin();
        }
        else if (File.Exists(path))
        {
            LoadNamedFile(path);
        }
        else if (Directory.Exists(path))
        {
            LoadFolder(path);
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, null, "no such file or folder; check the path, or run from the folder that holds the corpus."));
        }
    }

    private void LoadStdin()
    {
        var text = TextDecoder.NormalizeNewlines((options.Stdin ?? Console.In).ReadToEnd());
        if (JsonlReader.LooksLikeJsonl(text))
        {
            AddJsonl(text, StdinPath, StdinPath, manifest: null);
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, StdinPath, null, "standard input is empty"));
        }
        else
        {
            Add(StdinPath, StdinPath, StdinPath, text, FormatMetadata.None, manifest: null);
        }
    }

    /// <summary>A file named directly: its id is its file name, and the manifest of its folder applies.</summary>
    private void LoadNamedFile(string path)
    {
        var name = Path.GetFileName(path);
        if (CorpusFormats.Of(path) == CorpusFormat.Unsupported)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                path,
                null,
                $"unsupported file type '{Path.GetExtension(path)}' skipped (expected {CorpusFormats.Supported})"));
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var manifest = Manifest(folder, Path.Join(Path.GetDirectoryName(path), CorpusManifest.FileName));
        LoadFile(new CorpusFile(Path.GetFullPath(path), name), path, manifest);
    }

    private void LoadFolder(string path)
    {
        var manifest = Manifest(Path.GetFullPath(path), Path.Join(path, CorpusManifest.FileName));
        if (manifest is not null)
        {
            folderManifests.Add(manifest);
        }

        foreach (var file in CorpusWalker.Walk(path, path, diagnostics))
        {
            LoadFile(file, Path.Join(path, file.RelativePath), manifest);
        }
    }

    private void LoadFile(CorpusFile file, string displayPath, CorpusManifest? manifest)
    {
        if (!loadedFiles.Add(file.FullPath))
        {
            return;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, displayPath, null, $"cannot read file: {e.Message}"));
            return;
        }

        if (TextDecoder.LooksBinary(bytes))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, null, "looks like a binary file (an image, archive or PDF?), not text; skipped. Convert it to text or remove it from the corpus."));
            return;
        }

        var text = TextDecoder.Decode(bytes, out var invalidUtf8);
        if (invalidUtf8)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, null, "not valid UTF-8; invalid bytes replaced with U+FFFD"));
        }

        var id = file.RelativePath;
        switch (CorpusFormats.Of(file.FullPath))
        {
            case CorpusFormat.Jsonl:
                AddJsonl(text, file.RelativePath, displayPath, manifest);
                break;
            case CorpusFormat.Markdown:
                Add(id, id, displayPath, text, FrontMatter.Read(text, displayPath, diagnostics), manifest);
                break;
            case CorpusFormat.Html:
                var (main, metadata) = HtmlExtractor.Extract(text);
                Add(id, id, displayPath, main, metadata, manifest);
                break;
            default:
                Add(id, id, displayPath, text, FormatMetadata.None, manifest);
                break;
        }
    }

    private void AddJsonl(string text, string relativePath, string displayPath, CorpusManifest? manifest)
    {
        foreach (var record in JsonlReader.Read(text, displayPath, diagnostics))
        {
            Add(record.Id, $"{relativePath}:{record.Line}", $"{displayPath}:{record.Line}", record.Text, record.Metadata, manifest);
        }
    }

    /// <summary>
    /// Builds a document: furniture detection, then metadata by precedence manifest, file, inference.
    /// </summary>
    private void Add(
        string id,
        string path,
        string displayPath,
        string text,
        FormatMetadata metadata,
        CorpusManifest? manifest)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, null, "document is empty; skipped"));
            return;
        }

        if (!ids.TryAdd(id, displayPath))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                displayPath,
                null,
                $"document id '{id}' is already used by {ids[id]}; skipped"));
            return;
        }

        var skipped = TextRanges.Normalize(options.Boilerplate.Detect(text).Concat(metadata.Skipped), text.Length);
        var inferred = options.Inferrer.Infer(text, skipped);
        ManifestEntry? entry = null;
        if (manifest is not null && manifest.Documents.TryGetValue(id, out entry))
        {
            usedEntries[manifest].Add(id);
        }

        var (published, dateSource) =
            entry?.Published is { } fromManifest ? (fromManifest, DateSource.Manifest)
            : metadata.Published is { } fromFile ? (fromFile, metadata.DateSource)
            : inferred.Published is { } fromText ? (fromText, DateSource.Inferred)
            : ((DateOnly?)null, DateSource.None);

        documents.Add(new Document(
            id,
            path,
            entry?.Title ?? metadata.Title ?? inferred.Title,
            entry?.Source ?? metadata.Source ?? inferred.Source,
            entry?.Url ?? metadata.Url,
            published,
            dateSource,
            text,
            skipped));
    }

    /// <summary>The manifest of a folder, read once; null when it has none or it is unusable.</summary>
    private CorpusManifest? Manifest(string folder, string displayPath)
    {
        if (manifestsByFolder.TryGetValue(folder, out var known))
        {
            return known;
        }

        CorpusManifest? manifest = null;
        var file = Path.Join(folder, CorpusManifest.FileName);
        if (File.Exists(file))
        {
            try
            {
                manifest = ManifestParser.Parse(TextDecoder.Decode(File.ReadAllBytes(file), out _), displayPath, diagnostics);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, displayPath, null, $"cannot read manifest: {e.Message}"));
            }
        }

        if (manifest is not null)
        {
            manifests.Add(manifest);
            usedEntries[manifest] = new HashSet<string>(StringComparer.Ordinal);
        }

        manifestsByFolder[folder] = manifest;
        return manifest;
    }
}
