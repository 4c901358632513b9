using System.CommandLine;
using System.Globalization;
using ClaimCheck.Consistency;
using ClaimCheck.Review;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck review [CORPUS...]</c>: record analyst decisions in the corpus's <c>reviews.yaml</c>, either
/// interactively (a walk through unreviewed groups, discrepancies first) or with flags for scripts.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliIo io)
    {
        var paths = CorpusArgument.Create();
        var decisions = new Option<string?>("--decisions") { Description = "The decisions file. Default: reviews.yaml in the corpus folder." };
        var reviewer = new Option<string?>("--reviewer") { Description = "Who decides (recorded with each decision). Default: the USER environment variable." };
        var note = new Option<string?>("--note") { Description = "Why: recorded with the decision." };
        var accept = new Option<string?>("--accept") { Description = "Confirm GROUP and its current verdict." };
        var overrideGroup = new Option<string?>("--override") { Description = "Override the verdict of GROUP (with --verdict and --note)." };
        var verdict = new Option<string?>("--verdict") { Description = "The verdict for --override: agreement, change, discrepancy or single." };
        verdict.AcceptOnlyFromAmong("agreement", "change", "discrepancy", "single");
        var split = new Option<string?>("--split") { Description = "CLAIM[,OTHER...]: the first claim is not the same claim as the others (default: the rest of its group)." };
        var merge = new Option<string?>("--merge") { Description = "CLAIM,CLAIM[,...]: these claims are the same claim." };
        var ignore = new Option<string?>("--ignore") { Description = "CLAIM[,...]: wrongly extracted; leave out of the analysis." };
        var maxSize = MaxDocumentSizeOption.Create();
        var command = new Command("review", "Record what an analyst decided about groups and claims, interactively or with flags; later runs apply the decisions.")
        {
            paths, decisions, reviewer, note, accept, overrideGroup, verdict, split, merge, ignore, maxSize,
        };
        command.SetAction(parse =>
        {
            var request = new ReviewRequest(
                parse.GetValue(reviewer) ?? Environment.GetEnvironmentVariable("USER") ?? "analyst",
                parse.GetValue(note),
                parse.GetValue(accept),
                parse.GetValue(overrideGroup),
                parse.GetValue(verdict),
                List(parse.GetValue(split)),
                List(parse.GetValue(merge)),
                List(parse.GetValue(ignore)));
            try
            {
                return Run(io, parse.GetValue(paths) ?? [], parse.GetValue(decisions), request, MaxDocumentSizeOption.Value(parse, maxSize));
            }
            catch (InvalidDataException exception)
            {
                // The decisions file could not be added to safely; it was left as it was.
                io.Stderr.WriteLine($"error: {exception.Message}");
                return CliApp.UsageError;
            }
        });
        return command;
    }

    private static List<string> List(string? text) => text is null ? [] : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static int Run(CliIo io, string[] paths, string? decisionsPath, ReviewRequest request, long maxDocumentSize)
    {
        var run = CorpusRun.Execute(io, paths, maxDocumentSize);
        var inputErrors = io.Report(run.Diagnostics);
        var done = inputErrors ? CliApp.UsageError : CliApp.Ok; // decisions are still recorded for what could be read
        var file = decisionsPath ?? ClaimAnalysis.DecisionsPathFor(run.Paths);
        if (request.HasActions)
        {
            var made = new List<ReviewDecision>();
            var problem = request.Build(run.Analysis, Today(), made);
            if (problem is not null)
            {
                io.Stderr.WriteLine($"error: {problem}");
                return CliApp.UsageError;
            }

            ReviewFile.Append(file, made, maxDocumentSize);
            io.Stdout.WriteLine($"recorded {made.Count} decision(s) in {file}");
            return done;
        }

        var console = io.Prompter ?? (Console.IsInputRedirected || Console.IsOutputRedirected ? null : Terminal.ForPrompts());
        if (console is null)
        {
            ListUnreviewed(run.Analysis, io.Stdout);
            return done;
        }

        ReviewFile.CheckWritable(file, maxDocumentSize); // before asking for decisions that could not be recorded
        var walked = new ReviewWalkthrough(console, run, file, request.Reviewer, Today(), maxDocumentSize).Run();
        return walked == CliApp.Ok ? done : walked;
    }

    private static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void ListUnreviewed(AnalysisResult analysis, TextWriter output)
    {
        var open = ReviewWalkthrough.Unreviewed(analysis).ToList();
        output.WriteLine($"{open.Count} group(s) to review (discrepancies first). Decide with --accept GROUP, --override GROUP --verdict V --note TEXT, --split CLAIM, --merge CLAIMS or --ignore CLAIM, or run in a terminal for a walk-through.");
        var claims = analysis.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var documents = analysis.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var group in open)
        {
            output.WriteLine($"{group.Id}  {group.Verdict.ToString().ToLowerInvariant(),-11}  {group.Label}: {group.Explanation}");

            // The claim ids --split, --merge and --ignore take, each with where it is and what it says.
            foreach (var id in group.ClaimIds)
            {
                if (claims.TryGetValue(id, out var claim))
                {
                    var document = documents.GetValueOrDefault(claim.DocumentId);
                    var source = document?.Source ?? document?.Title ?? claim.DocumentId;
                    output.WriteLine($"    {id}  {claim.DocumentId}  {claim.AsOf ?? "undated"}  \"{claim.Text}\"  ({source})");
                }
            }
        }
    }
}
