using System.CommandLine;
using ClaimCheck.Baseline;
using ClaimCheck.Consistency;
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

        var claims = new Option<string[]>("--claims")
        {
            Description = "Analyse claims extracted earlier instead of a corpus: files written by 'claimcheck extract --format jsonl' (or json, which keeps titles and dates). "
                + "Quote patterns such as 'claims/*.jsonl' so ClaimCheck expands them; decisions are read from reviews.yaml beside the first claim file.",
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("analyze", "Line up the claims of a corpus across sources and report agreements, changes over time and discrepancies.")
        {
            paths,
            output,
            format,
            baselineOut,
            claims,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(claims) is { Length: > 0 } && result.GetValue(paths) is { Length: > 0 })
            {
                result.AddError("give either corpus paths or --claims files, not both.");
            }
        });
        command.SetAction(parse => Run(io, parse.GetValue(paths) ?? [], parse.GetValue(claims) ?? [], parse.GetValue(output) ?? DefaultOut, parse.GetValue(format) ?? "all", parse.GetValue(baselineOut)));
        return command;
    }

    private static int Run(CliIo io, string[] paths, string[] claimFiles, string outDir, string formatText, string? baselineOut)
    {
        if (!ReportWriter.TryParseFormats(formatText, out var formats, out var unknown))
        {
            io.Stderr.WriteLine($"error: '{unknown}' is not a report format; use md, html, json, csv or all.");
            return CliApp.UsageError; // the option validator reports this first; kept for callers that bypass it
        }

        var (analysis, diagnostics) = claimFiles.Length > 0 ? AnalyzeClaimFiles(io, claimFiles) : AnalyzeCorpus(io, paths);
        var written = new RunProgress(io.Stderr).Step("Writing reports", () => ReportWriter.WriteAll(analysis, outDir, formats)).ToList();
        if (baselineOut is not null)
        {
            BaselineJson.Write(BaselineSnapshot.From(analysis), baselineOut);
            written.Add(Path.GetFullPath(baselineOut));
        }

        var failed = io.Report(diagnostics);
        SummaryTable.Write(analysis, written, io.Stdout);
        return failed ? CliApp.UsageError : CliApp.Ok;
    }

    private static (AnalysisResult, IReadOnlyList<Diagnostic>) AnalyzeCorpus(CliIo io, string[] paths)
    {
        var run = CorpusRun.Execute(io, paths);
        return (run.Analysis, run.Diagnostics);
    }

    /// <summary>The reduce step of a sharded run: claims read back from files, analysed with default settings and the decisions beside them.</summary>
    private static (AnalysisResult, IReadOnlyList<Diagnostic>) AnalyzeClaimFiles(CliIo io, string[] patterns)
    {
        var progress = new RunProgress(io.Stderr);
        var input = progress.Step("Reading claim files", () => ClaimFiles.Read(patterns));
        var diagnostics = new List<Diagnostic>(input.Diagnostics);
        var firstFile = patterns.FirstOrDefault(File.Exists) ?? patterns[0];
        var analysis = progress.Step("Matching and judging", () => ClaimAnalysis.Analyze(input.Documents, input.Claims, AnalysisSettings.Default, ClaimAnalysis.DecisionsPathFor([firstFile]), diagnostics));
        return (analysis, diagnostics);
    }
}
