using System.CommandLine;
using ClaimCheck.Corpus;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck extract PATH... [--format table|json|jsonl] [--max-document-size SIZE]</c>.</summary>
internal static class ExtractCommand
{
    public const string DefaultCorpus = "corpus";

    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to read (.txt, .md, .html, .jsonl; folders recursively); '-' reads standard input. Default: corpus/.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "table: for people; json: one document {schemaVersion, documents, claims}; jsonl: one claim per line.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "jsonl");
        var maxSize = MaxDocumentSizeOption.Create();

        var command = new Command("extract", "Extract the quantitative claims (figures, qualifiers, units, dates, speakers) of every document.")
        {
            paths,
            format,
            maxSize,
        };
        command.SetAction(parse => Run(io, parse.GetValue(paths) ?? [], parse.GetValue(format) ?? "table", MaxDocumentSizeOption.Value(parse, maxSize)));
        return command;
    }

    private static int Run(CliIo io, string[] paths, string format, long maxDocumentSize)
    {
        if (paths.Length == 0)
        {
            paths = [DefaultCorpus];
        }

        var corpus = ClaimAnalysis.Extract(paths, new ClaimCheckOptions { Loading = new CorpusLoadOptions { Stdin = io.Stdin, MaxDocumentSize = maxDocumentSize } });
        var failed = io.Report(corpus.Diagnostics);
        var claims = corpus.Claims;
        switch (format)
        {
            case "json":
                ClaimJson.WriteDocument(new ExtractionResult(ExtractionResult.CurrentSchemaVersion, [.. corpus.Documents.Select(DocumentSummary.From)], claims), io.Stdout);
                break;
            case "jsonl":
                ClaimJson.WriteJsonl(claims, io.Stdout);
                break;
            default:
                ClaimTable.Write(corpus.Documents, claims, io.Stdout);
                break;
        }

        return failed ? CliApp.UsageError : CliApp.Ok;
    }
}
