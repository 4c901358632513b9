using System.Text.Json;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.IO;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ClaimCheck.Corpus;

/// <summary>
/// Reads claims extracted earlier (the reduce side of a sharded run): <c>claimcheck extract --format jsonl</c>
/// files (one claim per line; their documents are known only by id) and <c>--format json</c> files (documents
/// with their titles and dates, and claims). Patterns may use <c>*</c>, <c>?</c> and <c>**</c>; files are read
/// in ordinal path order so the same files give the same analysis. A bad line is reported and skipped.
/// </summary>
public static class ClaimFiles
{
    /// <summary>Reads every file matched by <paramref name="patterns"/>.</summary>
    public static ClaimFilesResult Read(IEnumerable<string> patterns)
    {
        var diagnostics = new List<Diagnostic>();
        var documents = new Dictionary<string, DocumentSummary>(StringComparer.Ordinal);
        var documentOrder = new List<string>();
        var claims = new List<Claim>();
        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = 0;
        foreach (var pattern in patterns)
        {
            var matched = Expand(pattern);
            if (matched.Count == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, pattern, null, "no claim file matches this path; give .jsonl or .json files written by 'claimcheck extract'."));
            }

            foreach (var path in matched)
            {
                if (FileKind.NotRegular(path) is { } kind)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, null, $"{kind}; not read, as reading it could wait forever. Give claim files written by 'claimcheck extract'."));
                    continue;
                }

                files++;
                var before = claims.Count;
                if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    ReadDocument(path, diagnostics, AddDocument, AddClaim);
                }
                else
                {
                    ReadLines(path, diagnostics, AddClaim);
                }

                if (claims.Count == before)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, null, "no claims in this file."));
                }
            }
        }

        // Claims from jsonl files name documents no file describes: they are kept, with no metadata.
        foreach (var claim in claims)
        {
            AddDocument(new DocumentSummary(claim.DocumentId, claim.DocumentId, null, null, null, null, DateSource.None));
        }

        return new ClaimFilesResult([.. documentOrder.Select(id => documents[id])], claims, diagnostics, files);

        string? Intern(string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (!strings.TryGetValue(text, out var shared))
            {
                strings[text] = shared = text;
            }

            return shared;
        }

        void AddDocument(DocumentSummary document)
        {
            if (documents.TryAdd(document.Id, document))
            {
                documentOrder.Add(document.Id);
            }
        }

        void AddClaim(Claim claim)
        {
            if (claimIds.Add(claim.Id))
            {
                // Claims share sentences, documents, units and dates: one string each, not one per claim, at a million claims.
                // Texts repeat too (a date claim's "2012", a syndicated figure's "more than 1,000 products"): of 200,000
                // claims of a generated corpus only 31,000 texts are distinct.
                claims.Add(claim with
                {
                    Text = Intern(claim.Text)!,
                    Sentence = Intern(claim.Sentence)!,
                    DocumentId = Intern(claim.DocumentId)!,
                    Unit = Intern(claim.Unit),
                    AsOf = Intern(claim.AsOf),
                    Date = Intern(claim.Date),
                    Speaker = Intern(claim.Speaker),
                    Classifier = Intern(claim.Classifier),
                });
            }
        }
    }

    // Resolved once for the lines of every claim file, on first use (after the context's generated metadata exists).
    private static readonly Lazy<System.Text.Json.Serialization.Metadata.JsonTypeInfo> ClaimType = new(() => CorpusJsonContext.Contract.Compact.GetTypeInfo(typeof(Claim)));

    /// <summary>The claim on <paramref name="line"/> as <c>claimcheck extract --format jsonl</c> writes it, or null when the line is not one.</summary>
    internal static Claim? ParseLine(string line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, ClaimType.Value) is Claim { Id: not null, DocumentId: not null, Sentence: not null, Text: not null } claim ? claim : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<string> Expand(string pattern)
    {
        if (pattern.IndexOfAny(['*', '?']) < 0)
        {
            return File.Exists(pattern) ? [pattern] : [];
        }

        // The folder part before the first wildcard is the root; the rest is matched below it.
        var normalized = pattern.Replace('\\', '/');
        var wildcard = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', wildcard);
        var root = slash < 0 ? "." : normalized[..slash] is { Length: > 0 } folder ? folder : "/";
        var rest = normalized[(slash + 1)..];
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        return [.. matcher.GetResultsInFullPath(root)
            .Select(full => slash < 0 ? Path.GetRelativePath(".", full) : Path.Join(root, Path.GetRelativePath(root, full)))
            .Order(StringComparer.Ordinal)];
    }

    private static void ReadLines(string path, List<Diagnostic> diagnostics, Action<Claim> add)
    {
        using var reader = new StreamReader(path);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (ParseLine(line) is { } claim)
            {
                add(claim);
                continue;
            }

            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, number, "not a claim of the schema-1 contract; the line is skipped (write claim files with 'claimcheck extract --format jsonl')."));
        }
    }

    private static void ReadDocument(string path, List<Diagnostic> diagnostics, Action<DocumentSummary> addDocument, Action<Claim> addClaim)
    {
        ExtractionResult? result = null;
        try
        {
            using var stream = File.OpenRead(path);
            result = JsonSerializer.Deserialize(stream, CorpusJsonContext.Contract.Compact.GetTypeInfo(typeof(ExtractionResult))) as ExtractionResult;
        }
        catch (JsonException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, (int?)e.LineNumber + 1, $"not a claims document ({e.Message}); write it with 'claimcheck extract --format json'."));
            return;
        }

        foreach (var document in result?.Documents ?? [])
        {
            addDocument(document);
        }

        foreach (var claim in result?.Claims ?? [])
        {
            addClaim(claim);
        }
    }
}
