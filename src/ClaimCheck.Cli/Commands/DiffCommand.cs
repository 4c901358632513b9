using System.CommandLine;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.IO;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck diff OLD NEW [--format terminal|md|html|json] [--out FILE] [--max-document-size SIZE]</c>: two versions of a text, their claim
/// changes and a word diff. Exit codes: 0 identical texts, 1 different texts, 2 usage or input error (nothing written).
/// </summary>
internal static class DiffCommand
{
    private const string Stdin = TextVersion.Stdin;

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
        var version = TextVersion.Load(role, path, io.Stdin, maxDocumentSize);
        io.Report(version.Diagnostics);
        if (version.Problem is { } problem)
        {
            io.Stderr.WriteLine($"error: {problem}");
        }

        return version.Document;
    }

}
