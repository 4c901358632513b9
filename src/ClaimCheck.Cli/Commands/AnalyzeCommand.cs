using System.CommandLine;
using ClaimCheck.Baseline;
using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck analyze [CORPUS...] [--out DIR] [--format md,html,json,csv] [--baseline-out FILE]</c>.</summary>
internal static class AnalyzeCommand
{
    public const string DefaultOut = "reports";

    public static Command Create(CliIo io)
    {
        var paths = CorpusArgument.Create();
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
        var baselineOut = new Option<string?>("--baseline-out")
        {
            Description = "Also write a baseline (claims and groups, for 'claimcheck check') to this file.",
        };

        var maxSize = MaxDocumentSizeOption.Create();

        var command = new Command("analyze", "Line up the claims of a corpus across sources and report agreements, changes over time and discrepancies.")
        {
            paths,
            output,
            format,
            baselineOut,
            maxSize,
        };
        command.SetAction(parse => Run(io, parse.GetValue(paths) ?? [], parse.GetValue(output) ?? DefaultOut, parse.GetValue(format) ?? "all", parse.GetValue(baselineOut), MaxDocumentSizeOption.Value(parse, maxSize)));
        return command;
    }

    private static int Run(CliIo io, string[] paths, string outDir, string formatText, string? baselineOut, long maxDocumentSize)
    {
        if (!ReportWriter.TryParseFormats(formatText, out var formats, out var unknown))
        {
            io.Stderr.WriteLine($"error: '{unknown}' is not a report format; use md, html, json, csv or all.");
            return CliApp.UsageError; // the option validator reports this first; kept for callers that bypass it
        }

        var run = CorpusRun.Execute(io, paths, maxDocumentSize);
        var written = new RunProgress(io.Stderr).Step("Writing reports", () => ReportWriter.WriteAll(run.Analysis, outDir, formats)).ToList();
        if (baselineOut is not null)
        {
            BaselineJson.Write(BaselineSnapshot.From(run.Analysis), baselineOut);
            written.Add(Path.GetFullPath(baselineOut));
        }

        var failed = io.Report(run.Diagnostics);
        SummaryTable.Write(run.Analysis, written, io.Stdout);
        return failed ? CliApp.UsageError : CliApp.Ok;
    }
}
