using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.IO;
using ClaimCheck.Text;

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

    // Documents whose only date line reads either way round (09/04/2020), to be decided by their outlet's other pages.
    private readonly List<(int Index, string DisplayPath, string? Outlet, UndecidedDate Date)> undecided = [];

    // How each outlet's pages show day and month in digits when a date shows it itself (14/01/2021 is day first).
    private readonly Dictionary<string, HashSet<Extraction.DateOrder>> outletOrders = new(StringComparer.OrdinalIgnoreCase);

    public CorpusLoadResult Result()
    {
        DecideDatesByOutlet();
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
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, manifest.Path, entry.Line, $"no document '{id}' in the corpus; entry unused. Fix the path or remove the entry."));
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
        else if (IsExcluded(Path.GetFullPath(path)))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, null, "is where this run writes its output, not a source; skipped. Name the corpus folder instead, or write the output elsewhere."));
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

    /// <summary>
    /// Standard input: plain text, or jsonl when every non-empty line opens an object. At most the largest document is
    /// held; beyond it, jsonl is read on line by line and plain text is skipped, so a stream of any size is safe.
    /// </summary>
    private void LoadStdin()
    {
        var reader = options.Stdin ?? Console.In;
        var max = options.MaxDocumentSize;
        var head = new char[(int)Math.Min(max + 1, 1L << 20)];
        var builder = new System.Text.StringBuilder();
        int read;
        while (builder.Length <= max && (read = reader.ReadBlock(head, 0, (int)Math.Min(head.Length, max + 1 - builder.Length))) > 0)
        {
            builder.Append(head, 0, read);
        }

        var text = builder.ToString();
        if (text.Length > max)
        {
            if (text.AsSpan().TrimStart().StartsWith("{"))
            {
                AddJsonl(new ConcatenatedReader(text, reader), StdinPath, StdinPath, manifest: null);
            }
            else
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    StdinPath,
                    null,
                    $"standard input is larger than the largest document read ({DocumentSize.Format(max)}); skipped. Raise --max-document-size to read it, or split the text."));
            }

            return;
        }

        text = TextDecoder.NormalizeNewlines(text);
        if (JsonlReader.LooksLikeJsonl(text))
        {
            AddJsonl(new StringReader(text), StdinPath, StdinPath, manifest: null);
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, StdinPath, null, "standard input is empty; pipe a text or jsonl into it, or name files instead of '-'."));
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
                $"unsupported file type '{Path.GetExtension(path)}' skipped; convert it to one of {CorpusFormats.Supported}."));
            return;
        }

        if (FileKind.NotRegular(path) is { } kind)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, null, FileKind.SkippedDocument(kind)));
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
        if (!loadedFiles.Add(file.FullPath) || IsExcluded(file.FullPath))
        {
            return; // read once; this run's own outputs never
        }

        var format = CorpusFormats.Of(file.FullPath);
        try
        {
            using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);

            // The size first: a file too large to be a document is never read into memory. A jsonl file is many
            // documents, so its lines are held to the limit instead, one at a time.
            var length = stream.Length;
            var max = options.MaxDocumentSize;
            if (format != CorpusFormat.Jsonl && length > max)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    displayPath,
                    null,
                    $"file of {DocumentSize.Format(length)} is larger than the largest document read ({DocumentSize.Format(max)}); skipped. Raise --max-document-size to read it, or split the file."));
                return;
            }

            var head = new byte[(int)Math.Min(length, 8192)];
            stream.ReadExactly(head);
            if (TextDecoder.LooksBinary(head))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, null, "looks like a binary file (an image, archive or PDF?), not text; skipped. Convert it to text or remove it from the corpus."));
                return;
            }

            stream.Position = 0;
            if (format == CorpusFormat.Jsonl)
            {
                var utf16 = TextDecoder.Utf16WithoutBom(head);
                var encoding = utf16 is null ? FlaggingDecoderFallback.Utf8(out var fallback) : FlaggingDecoderFallback.For(utf16, out fallback);
                using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true);
                AddJsonl(reader, file.RelativePath, displayPath, manifest);
                WarnInvalid(fallback.Used ? utf16 is null ? "UTF-8" : "UTF-16" : null, displayPath);
                return;
            }

            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            var text = TextDecoder.Decode(bytes, out var invalid);
            if (OwnOutput.IsReport(text, format))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, null, "a report written by ClaimCheck, not a source; skipped."));
                return;
            }

            WarnInvalid(invalid, displayPath);
            AddFile(file.RelativePath, displayPath, text, format, manifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, displayPath, null, $"cannot read file: {e.Message} Check that it exists and that you may read it."));
        }
    }

    private void AddFile(string id, string displayPath, string text, CorpusFormat format, CorpusManifest? manifest)
    {
        switch (format)
        {
            case CorpusFormat.Markdown:
                Add(id, id, displayPath, text, FrontMatter.Read(text, displayPath, diagnostics), manifest);
                break;
            case CorpusFormat.Html:
                var (main, metadata) = HtmlExtractor.Extract(text, out var tooDeep);
                if (tooDeep)
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticSeverity.Warning,
                        displayPath,
                        null,
                        $"HTML nested more than {HtmlExtractor.MaxDepth.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} elements deep (broken or hostile markup); read as text with the tags removed, without its title and date. Repair the page's markup to get them."));
                }

                Add(id, id, displayPath, main, metadata, manifest);
                break;
            default:
                Add(id, id, displayPath, text, FormatMetadata.None, manifest);
                break;
        }
    }

    private void WarnInvalid(string? encoding, string displayPath)
    {
        if (encoding is not null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, null, $"not valid {encoding}; invalid bytes replaced with U+FFFD. Save the file as UTF-8 to keep every character."));
        }
    }

    private void AddJsonl(TextReader reader, string relativePath, string displayPath, CorpusManifest? manifest)
    {
        foreach (var record in JsonlReader.Read(reader, options.MaxDocumentSize, displayPath, diagnostics))
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
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, null, "document is empty; skipped (nothing to extract)."));
            return;
        }

        // The manifest speaks of the id as given; a repeated id is renamed, so no document is lost and ids stay unique.
        var entryId = id;
        if (!ids.TryAdd(id, displayPath))
        {
            var first = ids[id];
            var n = 2;
            while (!ids.TryAdd($"{id}#{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}", displayPath))
            {
                n++;
            }

            id = $"{id}#{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                displayPath,
                null,
                $"document id '{entryId}' is already used by {first}; this document is read as '{id}'. Give each document its own id to keep ids stable."));
        }

        var skipped = TextRanges.Normalize(options.Boilerplate.Detect(text).Concat(metadata.Skipped), text.Length);
        var inferred = options.Inferrer.Infer(text, skipped);
        ManifestEntry? entry = null;
        if (manifest is not null && manifest.Documents.TryGetValue(entryId, out entry))
        {
            usedEntries[manifest].Add(entryId);
        }

        var (published, dateSource) =
            entry?.Published is { } fromManifest ? (fromManifest, DateSource.Manifest)
            : metadata.Published is { } fromFile ? (fromFile, metadata.DateSource)
            : inferred.Published is { } fromText ? (fromText, DateSource.Inferred)
            : ((DateOnly?)null, DateSource.None);

        var source = entry?.Source ?? metadata.Source ?? inferred.Source;
        var url = entry?.Url ?? metadata.Url;
        var outlet = Outlet(source, url);
        if (outlet is not null && inferred.NumericOrder is { } order)
        {
            if (!outletOrders.TryGetValue(outlet, out var orders))
            {
                outletOrders[outlet] = orders = [];
            }

            orders.Add(order);
        }

        if (published is null && inferred.Undecided is { } either)
        {
            undecided.Add((documents.Count, displayPath, outlet, either));
        }

        documents.Add(new Document(
            id,
            path,
            entry?.Title ?? metadata.Title ?? inferred.Title,
            source,
            url,
            published,
            dateSource,
            text,
            skipped));
    }

    /// <summary>The outlet a document comes from, to compare how its pages write dates: its source, else its web site.</summary>
    private static string? Outlet(string? source, string? url) =>
        !string.IsNullOrWhiteSpace(source) ? source.Trim()
        : Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Host.Length > 0 ? address.Host
        : null;

    /// <summary>
    /// A date that reads either way round takes the order its outlet's other pages show (a day above 12 there); with
    /// no such pages, or pages showing both orders, the document gets no date and a warning rather than a guess.
    /// </summary>
    private void DecideDatesByOutlet()
    {
        foreach (var (index, displayPath, outlet, date) in undecided)
        {
            if (outlet is not null && outletOrders.TryGetValue(outlet, out var orders) && orders.Count == 1)
            {
                var published = orders.Single() == Extraction.DateOrder.DayFirst ? date.DayFirst : date.MonthFirst;
                documents[index] = documents[index] with { Published = published, DateSource = DateSource.Inferred };
                continue;
            }

            var dayFirst = date.DayFirst.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var monthFirst = date.MonthFirst.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                displayPath,
                null, // the line of the document's text, which is not the file's line in HTML or jsonl: quoted instead
                $"publication date '{date.Text}' reads as {dayFirst} (day first) or {monthFirst} (month first), and nothing in the page or its outlet's other pages decides; the document has no date. Give it in the manifest (published: YYYY-MM-DD)."));
        }

        undecided.Clear();
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
        if (FileKind.NotRegular(file) is { } kind)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, null, $"{kind}; manifest ignored, as reading it could wait forever. The documents are read without it: replace it with a regular file."));
        }
        else if (File.Exists(file) && new FileInfo(file).Length > options.MaxDocumentSize)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, displayPath, null, $"manifest larger than the largest document read ({DocumentSize.Format(options.MaxDocumentSize)}); ignored. A manifest lists metadata: check that this is the right file."));
        }
        else if (File.Exists(file))
        {
            try
            {
                manifest = ManifestParser.Parse(TextDecoder.Decode(File.ReadAllBytes(file), out _), displayPath, diagnostics);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, displayPath, null, $"cannot read manifest: {e.Message} Check that you may read it; the documents are read without it."));
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

    /// <summary>The excluded files and folders as full paths, worked out once for every file asked about.</summary>
    private readonly string[] excludedRoots = [.. options.Exclude.Select(e => Path.TrimEndingDirectorySeparator(Path.GetFullPath(e)))];

    /// <summary>Whether a full path is one of the excluded files or lies in an excluded folder.</summary>
    private bool IsExcluded(string fullPath)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var root in excludedRoots)
        {
            if (fullPath.StartsWith(root, comparison)
                && (fullPath.Length == root.Length || fullPath[root.Length] == Path.DirectorySeparatorChar || fullPath[root.Length] == Path.AltDirectorySeparatorChar))
            {
                return true;
            }
        }

        return false;
    }
}
