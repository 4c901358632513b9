using ClaimCheck.Consistency;
using ClaimCheck.Extraction;
using ClaimCheck.Reporting;
using ClaimCheck.Review;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// The interactive review: each unreviewed group (discrepancies, then changes, then agreements) with its claims side
/// by side and a word diff of their sentences; the analyst's choice is written to the decisions file at once, so
/// quitting half-way keeps every decision made.
/// </summary>
internal sealed class ReviewWalkthrough(IAnsiConsole console, CorpusRun run, string file, string reviewer, string date, long maxFileSize)
{
    private const string Accept = "Accept the verdict";
    private const string OverrideChoice = "Override the verdict…";
    private const string SplitChoice = "Split a claim out (not the same claim)…";
    private const string IgnoreChoice = "Ignore a claim (wrong extraction)…";
    private const string Skip = "Skip";
    private const string Quit = "Quit";

    public static IEnumerable<ClaimGroup> Unreviewed(AnalysisResult analysis) =>
        analysis.Groups.Where(g => g.Review is null && g.Verdict != Verdict.Single);

    public int Run()
    {
        var claims = run.Analysis.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var open = Unreviewed(run.Analysis).ToList();
        console.MarkupLine($"[bold]{open.Count}[/] group(s) to review; decisions go to [blue]{Markup.Escape(file)}[/].");
        var recorded = 0;
        foreach (var group in open)
        {
            Show(group, claims);
            var choice = console.Prompt(new SelectionPrompt<string>().Title("What do you decide?").AddChoices(Accept, OverrideChoice, SplitChoice, IgnoreChoice, Skip, Quit));
            if (choice == Quit)
            {
                break;
            }

            var decision = choice switch
            {
                Accept => new ReviewDecision(ReviewAction.Confirm, group.Id, [], group.Verdict, AskNote(), reviewer, date),
                OverrideChoice => new ReviewDecision(ReviewAction.Override, group.Id, [], console.Prompt(new SelectionPrompt<Verdict>().Title("The verdict is").AddChoices(Enum.GetValues<Verdict>()).UseConverter(v => v.ToString().ToLowerInvariant())), AskNote(), reviewer, date),
                SplitChoice => SplitDecision(group, claims),
                IgnoreChoice => new ReviewDecision(ReviewAction.Ignore, null, [PickClaim(group, claims, "Which claim is wrongly extracted?")], null, AskNote(), reviewer, date),
                _ => null,
            };
            if (decision is not null)
            {
                ReviewFile.Append(file, [decision], maxFileSize);
                recorded++;
                console.MarkupLine($"[green]recorded[/] {ReviewFile.Name(decision.Action)} for {Markup.Escape(group.Id)}");
            }
        }

        console.MarkupLine($"{recorded} decision(s) recorded.");
        return CliApp.Ok;
    }

    private void Show(ClaimGroup group, Dictionary<string, Claim> claims)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(group.Label)}[/] · {group.Verdict.ToString().ToLowerInvariant()} · {group.Id}").LeftJustified());
        console.MarkupLine(Markup.Escape(group.Explanation));
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Claim");
        table.AddColumn("Document");
        table.AddColumn("As of");
        table.AddColumn("Figure");
        table.AddColumn("Sentence");
        foreach (var id in group.ClaimIds)
        {
            var claim = claims[id];
            table.AddRow(new Spectre.Console.Text(id), new Spectre.Console.Text(claim.DocumentId), new Spectre.Console.Text(claim.AsOf ?? string.Empty), new Spectre.Console.Text(claim.Text), new Spectre.Console.Text(claim.Sentence));
        }

        console.Write(table);
        var first = claims[group.ClaimIds[0]];
        foreach (var id in group.ClaimIds.Skip(1).Take(3))
        {
            // Marked [-removed-]{+added+}, not by colour alone: the diff must read with NO_COLOR and when copied out.
            var diff = WordDiff.Compute(ReportText.OneLine(first.Sentence), ReportText.OneLine(claims[id].Sentence));
            console.MarkupLine($"[grey]{Markup.Escape(id)}:[/] {WordDiffMarkup.Of(diff)}");
        }
    }

    private ReviewDecision SplitDecision(ClaimGroup group, Dictionary<string, Claim> claims)
    {
        var chosen = PickClaim(group, claims, "Which claim is not the same claim as the others?");
        return new ReviewDecision(ReviewAction.Split, null, [chosen, .. group.ClaimIds.Where(id => id != chosen)], null, AskNote(), reviewer, date);
    }

    private string PickClaim(ClaimGroup group, Dictionary<string, Claim> claims, string title) =>
        console.Prompt(new SelectionPrompt<string>().Title(title).AddChoices(group.ClaimIds).UseConverter(id => $"{id} {Markup.Escape(claims[id].Text)} ({Markup.Escape(claims[id].DocumentId)})"));

    private string? AskNote()
    {
        var note = console.Prompt(new TextPrompt<string>("Note (why; empty for none):").AllowEmpty());
        return string.IsNullOrWhiteSpace(note) ? null : note;
    }
}
