using System.CommandLine;
using ClaimCheck.Baseline;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck baseline [CORPUS...] --out FILE</c>: snapshot the claims and groups to commit.</summary>
internal static class BaselineCommand
{
    public const string DefaultFile = "reports/baseline.json";

    public static Command Create(CliIo io)
    {
        var paths = CorpusArgument.Create();
        var output = new Option<string>("--out", "-o")
        {
            Description = "Baseline file to write (atomically).",
            DefaultValueFactory = _ => DefaultFile,
        };
        var maxSize = MaxDocumentSizeOption.Create();
        var force = OutputGuard.CreateForceOption();
        var command = new Command("baseline", "Write a baseline: a stable, diff-friendly snapshot of the corpus's claims and groups, for 'claimcheck check'.")
        {
            paths,
            output,
            maxSize,
            force,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(output) ?? DefaultFile;
            var run = CorpusRun.Execute(io, parse.GetValue(paths) ?? [], MaxDocumentSizeOption.Value(parse, maxSize), outputs: [file]);
            var failed = io.Report(run.Diagnostics);
            if (!OutputGuard.MayWrite(io, run.Documents.Count, failed, parse.GetValue(force), [file]))
            {
                return CliApp.UsageError;
            }

            var snapshot = BaselineSnapshot.From(run.Analysis);
            BaselineJson.Write(snapshot, file);
            io.Stdout.WriteLine($"wrote {file}: {snapshot.Claims.Count} figures in {snapshot.Groups.Count} groups");
            return failed ? CliApp.UsageError : CliApp.Ok;
        });
        return command;
    }
}
