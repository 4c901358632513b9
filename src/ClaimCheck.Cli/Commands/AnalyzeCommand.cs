using System.CommandLine;
using ClaimCheck.Baseline;
using ClaimCheck.Caching;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck analyze [CORPUS...] [--out DIR] [--format md,html,json,csv] [--baseline-out FILE]</c>.</summary>
internal static class AnalyzeCommand
{
    public const string DefaultOut = "reports";
    public const string CacheFolderName = ".claimcheck";

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

        var cache = new Option<string?>("--cache")
        {
            Description = "Folder for the cache: claims of documents extracted before (by content hash) and a record of the last run, so an unchanged corpus is not analysed again. "
                + "Default: .claimcheck in the (first) corpus folder, which the corpus walk skips.",
        };
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Neither read nor write the cache: extract, analyse and write everything.",
        };
        var maxSize = MaxDocumentSizeOption.Create();
        var force = OutputGuard.CreateForceOption();

        var command = new Command("analyze", "Line up the claims of a corpus across sources and report agreements, changes over time and discrepancies.")
        {
            paths,
            output,
            format,
            baselineOut,
            claims,
            cache,
            noCache,
            maxSize,
            force,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(claims) is { Length: > 0 } && result.GetValue(paths) is { Length: > 0 })
            {
                result.AddError("give either corpus paths or --claims files, not both.");
            }
        });
        command.SetAction(parse =>
        {
            var corpus = parse.GetValue(paths) is { Length: > 0 } given ? given : [ExtractCommand.DefaultCorpus];
            var claimFiles = parse.GetValue(claims) ?? [];
            return Run(io, new Request(
                corpus,
                claimFiles,
                parse.GetValue(output) ?? DefaultOut,
                parse.GetValue(format) ?? "all",
                parse.GetValue(baselineOut),
                parse.GetValue(noCache) || claimFiles.Length > 0 || corpus.All(p => p == "-") ? null : parse.GetValue(cache) ?? Path.Join(ClaimAnalysis.FolderOf(corpus), CacheFolderName),
                MaxDocumentSizeOption.Value(parse, maxSize),
                parse.GetValue(force)));
        });
        return command;
    }

    private static int Run(CliIo io, Request request)
    {
        if (!ReportWriter.TryParseFormats(request.Formats, out var formats, out var unknown))
        {
            io.Stderr.WriteLine($"error: '{unknown}' is not a report format; use md, html, json, csv or all.");
            return CliApp.UsageError; // the option validator reports this first; kept for callers that bypass it
        }

        var paths = request.Paths;
        var fingerprint = request.CacheFolder is null ? null
            : RunFingerprint.Of(paths, ClaimAnalysis.DecisionsPathFor(paths), $"formats={formats};out={Path.GetFullPath(request.OutDir)};baseline={(request.BaselineOut is null ? "-" : Path.GetFullPath(request.BaselineOut))};max-size={request.MaxDocumentSize}", request.MaxDocumentSize);
        var outputKey = Path.GetFullPath(request.OutDir);
        if (fingerprint is not null && RunRecord.Read(request.CacheFolder!, outputKey) is { } last && last.Fingerprint == fingerprint && last.OutputsIntact())
        {
            io.Stderr.WriteLine("Reports are up to date: the corpus, its manifest and decisions have not changed since the last run (--no-cache analyses again).");
            var failedBefore = io.Report(last.Diagnostics);
            SummaryTable.Write(last.AsSummary(), [.. last.Outputs.Select(o => o.Path)], io.Stdout);
            return failedBefore ? CliApp.UsageError : CliApp.Ok;
        }

        var (analysis, diagnostics) = request.ClaimFiles.Length > 0 ? AnalyzeClaimFiles(io, request.ClaimFiles) : AnalyzeCorpus(io, paths, request.CacheFolder, request.MaxDocumentSize, [request.OutDir, .. request.BaselineOut is null ? Array.Empty<string>() : [request.BaselineOut]]);
        var failed = io.Report(diagnostics);
        var targets = ReportWriter.PathsFor(request.OutDir, formats).Concat(request.BaselineOut is null ? [] : [Path.GetFullPath(request.BaselineOut)]);
        if (!OutputGuard.MayWrite(io, analysis.Documents.Count, failed, request.Force, targets))
        {
            if (analysis.Documents.Count > 0)
            {
                SummaryTable.Write(analysis, [], io.Stdout);
            }

            return CliApp.UsageError;
        }

        var written = new RunProgress(io.Stderr).Step("Writing reports", () => ReportWriter.WriteAll(analysis, request.OutDir, formats)).ToList();
        if (request.BaselineOut is not null)
        {
            BaselineJson.Write(BaselineSnapshot.From(analysis), request.BaselineOut);
            written.Add(Path.GetFullPath(request.BaselineOut));
        }

        if (fingerprint is not null)
        {
            RunRecord.Of(fingerprint, analysis, written, diagnostics).Write(request.CacheFolder!, outputKey);
        }

        SummaryTable.Write(analysis, written, io.Stdout);
        return failed ? CliApp.UsageError : CliApp.Ok;
    }

    private static (AnalysisResult, IReadOnlyList<Diagnostic>) AnalyzeCorpus(CliIo io, string[] paths, string? cacheFolder, long maxDocumentSize, IReadOnlyList<string> outputs)
    {
        var run = CorpusRun.Execute(io, paths, maxDocumentSize, cacheFolder, outputs);
        return (run.Analysis, run.Diagnostics);
    }

    /// <summary>The reduce step of a sharded run: claims read back from files, analysed with default settings and the decisions beside them.</summary>
    private static (AnalysisResult, IReadOnlyList<Diagnostic>) AnalyzeClaimFiles(CliIo io, string[] patterns)
    {
        var progress = new RunProgress(io.Stderr);
        var input = progress.Step("Reading claim files", () => ClaimFiles.Read(patterns));
        var diagnostics = new List<Diagnostic>(input.Diagnostics);
        var firstFile = patterns.FirstOrDefault(File.Exists) ?? patterns[0];
        var analysis = progress.Step("Matching and judging", () => ClaimAnalysis.Analyze(input.Documents, input.Claims, new ClaimCheckOptions { DecisionsPath = ClaimAnalysis.DecisionsPathFor([firstFile]) }));
        diagnostics.AddRange(analysis.Diagnostics);
        return (analysis.Result, diagnostics);
    }

    /// <summary>What to analyse and write. <paramref name="CacheFolder"/> is null when nothing is cached (<c>--no-cache</c>, claim files, or only standard input).</summary>
    private sealed record Request(string[] Paths, string[] ClaimFiles, string OutDir, string Formats, string? BaselineOut, string? CacheFolder, long MaxDocumentSize, bool Force);
}
