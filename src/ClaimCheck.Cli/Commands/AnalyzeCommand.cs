using System.CommandLine;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Extraction;
using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck analyze [CORPUS...] [--out DIR] [--format md,html,json,csv]</c>.</summary>
internal static class AnalyzeCommand
{
    public const string DefaultOut = "reports";

    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("corpus")
        {
            Description = "Corpus files or folders (.txt, .md, .html, .jsonl; folders recursively; '-' reads standard input). Default: corpus/.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder to write the reports to (created if needed; files of the same name are replaced atomically).",
            DefaultValueFactory = _ => DefaultOut,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Comma-separated reports to write: md (report.md), html (report.html), json (analysis.json), csv (claims.csv), or all.",
            DefaultValueFactory = _ => "md,html,json,csv",
        };
        format.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>() ?? string.Empty;
            if (!ReportWriter.TryParseFormats(text, out _, out var unknown))
            {
                result.AddError($"'{unknown}' is not a report format; use md, html, json, csv or all, separated by commas.");
            }
        });

        var command = new Command("analyze", "Line up the claims of a corpus across sources and report agreements, changes over time and discrepancies.")
        {
            paths,
            output,
            format,
        };
        command.SetAction(parse => Run(io, parse.GetValue(paths) ?? [], parse.GetValue(output) ?? DefaultOut, parse.GetValue(format) ?? "all"));
        return command;
    }

    private static int Run(CliIo io, string[] paths, string outDir, string formatText)
    {
        if (paths.Length == 0)
        {
            paths = [ExtractCommand.DefaultCorpus];
        }

        if (!ReportWriter.TryParseFormats(formatText, out var formats, out var unknown))
        {
            io.Stderr.WriteLine($"error: '{unknown}' is not a report format; use md, html, json, csv or all.");
            return CliApp.UsageError; // the option validator reports this first; kept for callers that bypass it
        }

        var progress = new RunProgress(io.Stderr);
        var corpus = progress.Step("Loading the corpus", () => CorpusLoader.Load(paths, new CorpusLoadOptions { Stdin = io.Stdin }));
        var diagnostics = new List<Diagnostic>(corpus.Diagnostics);
        var settings = progress.Step("Reading settings", () => AnalysisSettingsReader.Read(corpus.Manifests, diagnostics));
        var claims = progress.Step("Extracting claims", () => corpus.Documents.SelectMany(ClaimExtractor.Default.Extract).ToList());
        var result = progress.Step("Matching and judging", () => CorpusAnalyzer.Analyze(corpus.Documents, claims, settings));
        var written = progress.Step("Writing reports", () => ReportWriter.WriteAll(result, outDir, formats));
        var failed = io.Report(diagnostics);
        SummaryTable.Write(result, written, io.Stdout);
        return failed ? CliApp.UsageError : CliApp.Ok;
    }
}
