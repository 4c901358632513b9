using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.IO;
using Humanizer;

namespace ClaimCheck.Comparison;

/// <summary>
/// One version of a text to compare, read from a file or standard input, or why it cannot be: a folder, a claim file
/// or a corpus of several documents is refused with a message that says what to give instead.
/// </summary>
/// <param name="Document">The version, or null when it cannot be compared.</param>
/// <param name="Diagnostics">What reading it reported (warnings, or the errors that stopped it).</param>
/// <param name="Problem">Why the file is not one text to compare, in words for the command line; null when it is.</param>
public sealed record TextVersion(Document? Document, IReadOnlyList<Diagnostic> Diagnostics, string? Problem)
{
    /// <summary>The path that stands for standard input.</summary>
    public const string Stdin = "-";

    private const int MaxIdsNamed = 3;

    private const string CompareCorpora = "To compare the figures of two corpora, write a baseline of one with 'claimcheck baseline' and check the other against it with 'claimcheck check'.";

    /// <summary>Reads the version at <paramref name="path"/> (<c>-</c>: <paramref name="stdin"/>), named <paramref name="role"/> (OLD, NEW) in messages.</summary>
    public static TextVersion Load(string role, string path, TextReader stdin, long maxDocumentSize)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stdin);
        if (path != Stdin)
        {
            if (Directory.Exists(path))
            {
                return Failed([], $"{role} '{path}' is a folder; diff compares two files: name one file for OLD and one for NEW.");
            }

            if (!File.Exists(path))
            {
                return Failed([], $"{role} file '{path}' not found; check the path, or pass '-' to read it from standard input.");
            }

            if (FileKind.NotRegular(path) is { } kind)
            {
                return Failed([], $"{role} '{path}' is {kind}, so it is not read (reading it could wait forever); pass '-' to read it from standard input.");
            }

            if (CorpusFormats.Of(path) == CorpusFormat.Unsupported)
            {
                return Failed([], $"{role} '{path}' is not a file type ClaimCheck reads; use {CorpusFormats.Supported}.");
            }

            if (new FileInfo(path).Length is var length && length > maxDocumentSize)
            {
                return Failed([], $"{role} '{path}' ({DocumentSize.Format(length)}) is larger than the largest document read ({DocumentSize.Format(maxDocumentSize)}); raise --max-document-size to compare it.");
            }
        }

        // An empty version is a text like any other (everything was added, or removed), though a corpus skips it.
        var text = path == Stdin ? ReadBounded(stdin, maxDocumentSize) : CorpusFormats.Of(path) == CorpusFormat.Jsonl ? null : File.ReadAllText(path);
        if (text is not null && text.Length > maxDocumentSize)
        {
            return Failed([], $"{role} on standard input is larger than the largest document read ({DocumentSize.Format(maxDocumentSize)}); raise --max-document-size to compare it.");
        }

        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            return new TextVersion(Document.FromText(path == Stdin ? Stdin : Path.GetFileName(path), text.ReplaceLineEndings("\n")), [], null);
        }

        // Claims written by 'extract --format jsonl' have ids and texts, as a corpus's lines do: the loader would take
        // each claim for a document.
        var lines = path == Stdin ? (JsonlReader.LooksLikeJsonl(text!) ? text!.Split('\n') : []) : CorpusFormats.Of(path) == CorpusFormat.Jsonl ? File.ReadLines(path) : [];
        if (ClaimCount(lines) is { } claims)
        {
            return Failed([], $"{role} '{path}' holds {"claim".ToQuantity(claims)} written by 'claimcheck extract', not a text; diff compares two versions of one text: "
                + $"give the documents themselves (.txt, .md, .html, or a .jsonl of one line). {CompareCorpora}");
        }

        using var input = new StringReader(path == Stdin ? text! : string.Empty);
        var corpus = CorpusLoader.Load([path], new CorpusLoadOptions { Stdin = input, MaxDocumentSize = maxDocumentSize });
        if (corpus.HasErrors)
        {
            return new TextVersion(null, corpus.Diagnostics, null);
        }

        switch (corpus.Documents.Count)
        {
            case 1:
                return new TextVersion(corpus.Documents[0], corpus.Diagnostics, null);
            case 0:
                return Failed(corpus.Diagnostics, $"{role} '{path}' has no document to compare; give a .jsonl file of one line.");
            default:
                var ids = corpus.Documents.Take(MaxIdsNamed).Select(d => d.Id).Append(corpus.Documents.Count > MaxIdsNamed ? "…" : null).OfType<string>();
                return Failed(corpus.Diagnostics, $"{role} '{path}' is a corpus of {"document".ToQuantity(corpus.Documents.Count)} (one per line: {string.Join(", ", ids)}), not one text; "
                    + $"diff compares two versions of one text: give each version as a file of its own (.txt, .md, .html, or a .jsonl of one line). {CompareCorpora}");
        }
    }

    /// <summary>How many claims <paramref name="lines"/> hold when they are a claim file (its first line is a claim), else null.</summary>
    private static int? ClaimCount(IEnumerable<string> lines)
    {
        try
        {
            using var line = lines.Where(l => !string.IsNullOrWhiteSpace(l)).GetEnumerator();
            if (!line.MoveNext() || ClaimFiles.ParseLine(line.Current) is null)
            {
                return null;
            }

            var count = 1;
            while (line.MoveNext())
            {
                count++;
            }

            return count;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // the corpus loader reads the file next, and says what is wrong with it
        }
    }

    /// <summary>At most one character more than <paramref name="max"/> of <paramref name="reader"/>: enough to know it is too long.</summary>
    private static string ReadBounded(TextReader reader, long max)
    {
        var buffer = new char[64 * 1024];
        var text = new System.Text.StringBuilder();
        int read;
        while (text.Length <= max && (read = reader.ReadBlock(buffer, 0, (int)Math.Min(buffer.Length, max + 1 - text.Length))) > 0)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }
    private static TextVersion Failed(IReadOnlyList<Diagnostic> diagnostics, string problem) => new(null, diagnostics, problem);
}
