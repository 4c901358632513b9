using System.CommandLine;
using ClaimCheck.Baseline;
using ClaimCheck.IO;
using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck check [CORPUS...] --baseline FILE [--fail-on ...] [--format text|github|junit|sarif] [--update]</c>:
/// exit 0 when nothing in <c>--fail-on</c> happened, 1 when it did, 2 on usage or input errors.
/// </summary>
internal static class CheckCommand
{
    public const string DefaultFailOn = "new-discrepancy,changed-value,removed-document,changed-date";

    public static Command Create(CliIo io)
    {
        var paths = CorpusArgument.Create();
        var baseline = new Option<string>("--baseline", "-b")
        {
            Description = "The baseline to compare with (written by 'claimcheck baseline').",
            DefaultValueFactory = _ => BaselineCommand.DefaultFile,
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Comma-separated changes that fail the check (exit 1): new-discrepancy, changed-value, removed-document, changed-date, new-claim, removed-claim.",
            DefaultValueFactory = _ => DefaultFailOn,
        };
        failOn.Validators.Add(result =>
        {
            if (!TryParseFailOn(result.GetValueOrDefault<string>() ?? string.Empty, out _, out var unknown))
            {
                result.AddError($"'{unknown}' is not a change kind; use new-discrepancy, changed-value, removed-document, changed-date, new-claim or removed-claim, separated by commas.");
            }
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one line per change; github: workflow annotations; junit: JUnit XML (a test case per group); sarif: SARIF 2.1.0.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github", "junit", "sarif");
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write the report to this file (atomically) instead of standard output.",
        };
        var update = new Option<bool>("--update")
        {
            Description = "After reporting, rewrite the baseline from the corpus (for a reviewed change); exits 0.",
        };

        var maxSize = MaxDocumentSizeOption.Create();
        var force = OutputGuard.CreateForceOption();

        var command = new Command("check", "Compare the corpus's claims with a baseline and fail when figures changed or new discrepancies appeared.")
        {
            paths,
            baseline,
            failOn,
            format,
            output,
            update,
            maxSize,
            force,
        };
        command.SetAction(parse => Run(
            io,
            parse.GetValue(paths) ?? [],
            parse.GetValue(baseline) ?? BaselineCommand.DefaultFile,
            parse.GetValue(failOn) ?? DefaultFailOn,
            Enum.Parse<CheckFormat>(parse.GetValue(format) ?? "text", ignoreCase: true),
            parse.GetValue(output),
            parse.GetValue(update),
            MaxDocumentSizeOption.Value(parse, maxSize),
            parse.GetValue(force)));
        return command;
    }

    private static int Run(CliIo io, string[] paths, string baselinePath, string failOnText, CheckFormat format, string? output, bool update, long maxDocumentSize, bool force)
    {
        if (!TryParseFailOn(failOnText, out var failOn, out var unknown))
        {
            io.Stderr.WriteLine($"error: '{unknown}' is not a change kind; use new-discrepancy, changed-value, removed-document, changed-date, new-claim or removed-claim.");
            return CliApp.UsageError;
        }
        if (!File.Exists(baselinePath) && !update)
        {
            io.Stderr.WriteLine($"error: {baselinePath}: no baseline there. Create one with 'claimcheck baseline --out {baselinePath}' and commit it.");
            return CliApp.UsageError;
        }

        BaselineSnapshot? snapshot = null;
        if (File.Exists(baselinePath))
        {
            try
            {
                snapshot = BaselineJson.Read(baselinePath);
                if (!snapshot.RecordsDocuments)
                {
                    io.Stderr.WriteLine($"warning: {baselinePath}: this baseline records no documents (schema version {snapshot.SchemaVersion}), so documents that vanish, move or change date are not checked. Refresh it with 'claimcheck check --update' once the corpus is as it should be.");
                }
            }
            catch (InvalidDataException exception)
            {
                io.Stderr.WriteLine($"error: {exception.Message}");
                return CliApp.UsageError;
            }
        }

        var run = CorpusRun.Execute(io, paths, maxDocumentSize, outputs: [baselinePath, .. output is null ? Array.Empty<string>() : [output]]);
        var inputErrors = io.Report(run.Diagnostics);
        var result = BaselineComparer.Compare(snapshot ?? new BaselineSnapshot(BaselineSnapshot.CurrentSchemaVersion, [], []), run.Analysis);
        FindingLocation Locate(CheckFinding finding) => Location(run, finding);
        if (output is null)
        {
            CheckReport.Write(result, format, failOn, Locate, io.Stdout);
        }
        else
        {
            AtomicFile.Write(output, writer => CheckReport.Write(result, format, failOn, Locate, writer));
        }

        if (update)
        {
            if (!OutputGuard.MayWrite(io, run.Documents.Count, inputErrors, force, [baselinePath]))
            {
                return CliApp.UsageError;
            }

            BaselineJson.Write(BaselineSnapshot.From(run.Analysis), baselinePath);
            io.Stderr.WriteLine($"updated {baselinePath}");
            return inputErrors ? CliApp.UsageError : CliApp.Ok;
        }

        return inputErrors ? CliApp.UsageError : result.Fails(failOn) ? CliApp.CheckFailed : CliApp.Ok;
    }

    private static FindingLocation Location(CorpusRun run, CheckFinding finding)
    {
        var file = run.FileOf(finding.DocumentId);
        var document = run.Documents.FirstOrDefault(d => d.Id == finding.DocumentId);
        if (finding.New is not { } claim || document is null)
        {
            return new FindingLocation(file, null, null, null, null);
        }

        var (line, column) = TextPosition.Of(document.Text, claim.Start);
        var (endLine, endColumn) = TextPosition.Of(document.Text, claim.End);
        return new FindingLocation(file, line, column, endLine, endColumn);
    }

    public static bool TryParseFailOn(string text, out IReadOnlySet<FindingKind> kinds, out string? unknown)
    {
        var set = new HashSet<FindingKind>();
        kinds = set;
        unknown = null;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = Enum.GetValues<FindingKind>().Where(k => !CheckReport.IsNote(k)).FirstOrDefault(k => CheckReport.Name(k) == part, (FindingKind)(-1));
            if ((int)match < 0)
            {
                unknown = part;
                return false;
            }

            set.Add(match);
        }

        return true;
    }
}
