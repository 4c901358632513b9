using System.CommandLine;
using ClaimCheck.Comparison;
using ClaimCheck.Corpus;
using ClaimCheck.Documents;
using ClaimCheck.IO;
using Humanizer;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck diff OLD NEW [--format terminal|md|html|json] [--out FILE] [--max-document-size SIZE]</c>: two versions of a text, their claim
/// changes and a word diff. Exit codes: 0 identical texts, 1 different texts, 2 usage or input error (nothing written).
/// </summary>
internal static class DiffCommand
{
    private const string Stdin = "-";

    /// <summary>Document ids named when a jsonl file holds several documents.</summary>
    private const int MaxIdsNamed = 3;

    /// <summary>What to do instead when two corpora, not two versions of a text, are to be compared.</summary>
    private const string CompareCorpora = "To compare the figures of two corpora, write a baseline of one with 'claimcheck baseline' and check the other against it with 'claimcheck check'.";

    public static Command Create(CliIo io)
    {
        var old = new Argument<string>("OLD")
        {
            Description = "The old version: a .txt, .md, .html or one-line .jsonl file; '-' reads standard input.",
        };
        var @new = new Argument<string>("NEW")
        {
            Description = "The new version, as OLD ('-' for standard input, if OLD is not).",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "terminal: for people (colour when the output is a terminal); md: GitHub Markdown; html: one self-contained page; json: schema in docs/diff-schema.md.",
            DefaultValueFactory = _ => "terminal",
        };
        format.AcceptOnlyFromAmong("terminal", "md", "html", "json");
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write the report to this file (replaced atomically) instead of standard output.",
        };

        var maxSize = MaxDocumentSizeOption.Create();

        var command = new Command("diff", "Compare two versions of a text: which claims were added, removed or changed, and a word diff of the text.")
        {
            old,
            @new,
            format,
            output,
            maxSize,
        };
        command.SetAction(parse => Run(io, parse.GetValue(old)!, parse.GetValue(@new)!, parse.GetValue(format) ?? "terminal", parse.GetValue(output), MaxDocumentSizeOption.Value(parse, maxSize)));
        return command;
    }

    private static int Run(CliIo io, string oldPath, string newPath, string format, string? outPath, long maxDocumentSize)
    {
        if (oldPath == Stdin && newPath == Stdin)
        {
            io.Stderr.WriteLine("error: only one of OLD and NEW can be '-' (standard input); name a file for the other.");
            return CliApp.UsageError;
        }

        var old = Load(io, "OLD", oldPath, maxDocumentSize);
        var @new = Load(io, "NEW", newPath, maxDocumentSize);
        if (old is null || @new is null)
        {
            return CliApp.UsageError;
        }

        var comparison = TextComparer.Compare(old, @new);
        if (outPath is null)
        {
            Write(comparison, format, io.Stdout);
        }
        else
        {
            AtomicFile.Write(outPath, writer => Write(comparison, format, writer));
            io.Stdout.WriteLine($"{ComparisonText.SummaryLine(comparison)} Wrote {outPath}.");
        }

        return comparison.Identical ? CliApp.Ok : CliApp.CheckFailed;
    }

    private static void Write(DocumentComparison comparison, string format, TextWriter writer)
    {
        switch (format)
        {
            case "md":
                ComparisonReport.Write(comparison, ComparisonFormat.Markdown, writer);
                break;
            case "html":
                ComparisonReport.Write(comparison, ComparisonFormat.Html, writer);
                break;
            case "json":
                ComparisonReport.Write(comparison, ComparisonFormat.Json, writer);
                break;
            default:
                // Colour only on an interactive terminal: into a file or a pipe it is plain text.
                DiffTerminal.Write(comparison, Terminal.For(writer));
                break;
        }
    }

    /// <summary>The one document at <paramref name="path"/>, or null after saying on standard error what is wrong and what to do.</summary>
    private static Document? Load(CliIo io, string role, string path, long maxDocumentSize)
    {
        if (path != Stdin)
        {
            if (Directory.Exists(path))
            {
                io.Stderr.WriteLine($"error: {role} '{path}' is a folder; diff compares two files: name one file for OLD and one for NEW.");
                return null;
            }

            if (!File.Exists(path))
            {
                io.Stderr.WriteLine($"error: {role} file '{path}' not found; check the path, or pass '-' to read it from standard input.");
                return null;
            }

            if (FileKind.NotRegular(path) is { } kind)
            {
                io.Stderr.WriteLine($"error: {role} '{path}' is {kind}, so it is not read (reading it could wait forever); pass '-' to read it from standard input.");
                return null;
            }

            if (CorpusFormats.Of(path) == CorpusFormat.Unsupported)
            {
                io.Stderr.WriteLine($"error: {role} '{path}' is not a file type ClaimCheck reads; use {CorpusFormats.Supported}.");
                return null;
            }

            if (new FileInfo(path).Length is var length && length > maxDocumentSize)
            {
                io.Stderr.WriteLine($"error: {role} '{path}' ({DocumentSize.Format(length)}) is larger than the largest document read ({DocumentSize.Format(maxDocumentSize)}); raise --max-document-size to compare it.");
                return null;
            }
        }

        // An empty version is a text like any other (everything was added, or removed), though a corpus skips it.
        var text = path == Stdin ? ReadBounded(io.Stdin, maxDocumentSize) : CorpusFormats.Of(path) == CorpusFormat.Jsonl ? null : File.ReadAllText(path);
        if (text is not null && text.Length > maxDocumentSize)
        {
            io.Stderr.WriteLine($"error: {role} on standard input is larger than the largest document read ({DocumentSize.Format(maxDocumentSize)}); raise --max-document-size to compare it.");
            return null;
        }

        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            return Document.FromText(path == Stdin ? Stdin : Path.GetFileName(path), text.ReplaceLineEndings("\n"));
        }

        // Claims written by 'extract --format jsonl' have ids and texts, as a corpus's lines do: the loader would take
        // each claim for a document.
        var lines = path == Stdin ? (JsonlReader.LooksLikeJsonl(text!) ? text!.Split('\n') : []) : CorpusFormats.Of(path) == CorpusFormat.Jsonl ? File.ReadLines(path) : [];
        if (ClaimCount(lines) is { } claims)
        {
            io.Stderr.WriteLine($"error: {role} '{path}' holds {"claim".ToQuantity(claims)} written by 'claimcheck extract', not a text; diff compares two versions of one text: "
                + $"give the documents themselves (.txt, .md, .html, or a .jsonl of one line). {CompareCorpora}");
            return null;
        }

        using var stdin = new StringReader(path == Stdin ? text! : string.Empty);
        var corpus = CorpusLoader.Load([path], new CorpusLoadOptions { Stdin = stdin, MaxDocumentSize = maxDocumentSize });
        if (io.Report(corpus.Diagnostics))
        {
            return null;
        }

        switch (corpus.Documents.Count)
        {
            case 1:
                return corpus.Documents[0];
            case 0:
                io.Stderr.WriteLine($"error: {role} '{path}' has no document to compare; give a .jsonl file of one line.");
                return null;
            default:
                var ids = corpus.Documents.Take(MaxIdsNamed).Select(d => d.Id).Append(corpus.Documents.Count > MaxIdsNamed ? "…" : null).OfType<string>();
                io.Stderr.WriteLine($"error: {role} '{path}' is a corpus of {"document".ToQuantity(corpus.Documents.Count)} (one per line: {string.Join(", ", ids)}), not one text; "
                    + $"diff compares two versions of one text: give each version as a file of its own (.txt, .md, .html, or a .jsonl of one line). {CompareCorpora}");
                return null;
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
}
